package dev.withheld.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaNamesTest {

    @Test
    void typeNamesJoinTheWordsOfAnyTextInUpperCamelCase() {
        assertThat(JavaNames.typeName("room-key-withheld-content")).isEqualTo("RoomKeyWithheldContent");
        assertThat(JavaNames.typeName("withheldCode")).isEqualTo("WithheldCode");
        assertThat(JavaNames.typeName("m.room.member")).isEqualTo("MRoomMember");
        assertThat(JavaNames.typeName("Image info")).isEqualTo("ImageInfo");
        assertThat(JavaNames.typeName("$meta")).isEqualTo("Meta");
        // Already a good name: unchanged.
        assertThat(JavaNames.typeName("RoomMember")).isEqualTo("RoomMember");
    }

    @Test
    void capitalsReadAsWordsOnlyWhenSeveralAreJoined() {
        assertThat(JavaNames.typeName("ROOM_ID")).isEqualTo("RoomId");
        assertThat(JavaNames.typeName("URL")).isEqualTo("URL");
        assertThat(JavaNames.memberName("URL")).isEqualTo("url");
        assertThat(JavaNames.memberName("URLs")).isEqualTo("uRLs");
    }

    @Test
    void aLeadingDigitGetsAnUnderscoreAndOtherNamesDoNot() {
        assertThat(JavaNames.typeName("2fa")).isEqualTo("_2fa");
        assertThat(JavaNames.memberName("2fa")).isEqualTo("_2fa");
        assertThat(JavaNames.memberName("fa2")).isEqualTo("fa2");
        // A part that follows another name needs none.
        assertThat(JavaNames.typePart("2nd-level")).isEqualTo("2ndLevel");
    }

    @Test
    void typeNamesDropAccentsAndMemberNamesKeepThem() {
        assertThat(JavaNames.typeName("café au lait")).isEqualTo("CafeAuLait");
        assertThat(JavaNames.memberName("naïve name")).isEqualTo("naïveName");
        assertThat(JavaNames.memberName("名前")).isEqualTo("名前");
        assertThat(JavaNames.typeName("名前")).isEqualTo("名前");
    }

    @Test
    void textWithoutLettersOrDigitsGivesNoName() {
        assertThat(JavaNames.typeName("$")).isEmpty();
        assertThat(JavaNames.memberName("-_-")).isEmpty();
        assertThat(JavaNames.memberName("")).isEmpty();
    }

    @Test
    void memberNamesAreLowerCamelCase() {
        assertThat(JavaNames.memberName("default_prompt")).isEqualTo("defaultPrompt");
        assertThat(JavaNames.memberName("defaultPrompt")).isEqualTo("defaultPrompt");
        assertThat(JavaNames.memberName("$ref")).isEqualTo("ref");
        assertThat(JavaNames.memberName("a.b")).isEqualTo("aB");
        assertThat(JavaNames.memberName("Sender")).isEqualTo("sender");
    }

    @Test
    void keywordsAndJavaLangTypesAreRecognisedAndOtherNamesAreNot() {
        assertThat(JavaNames.isKeyword("class")).isTrue();
        assertThat(JavaNames.isKeyword("true")).isTrue();
        assertThat(JavaNames.isKeyword("_")).isTrue();
        assertThat(JavaNames.isKeyword("klass")).isFalse();
        assertThat(JavaNames.isKeyword("record")).isFalse();
        assertThat(JavaNames.isJavaLangType("String")).isTrue();
        assertThat(JavaNames.isJavaLangType("Override")).isTrue();
        assertThat(JavaNames.isJavaLangType("Record")).isTrue();
        assertThat(JavaNames.isJavaLangType("RoomMember")).isFalse();
        assertThat(JavaNames.isJavaLangType("string")).isFalse();
    }
}
