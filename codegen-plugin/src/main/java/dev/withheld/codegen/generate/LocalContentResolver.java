package dev.withheld.codegen.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.withheld.codegen.normalize.SchemaNormalizer;
import dev.withheld.codegen.normalize.SchemaPositions;
import dev.withheld.codegen.pointer.JsonPointers;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.List;
import org.jsonschema2pojo.ContentResolver;
import org.jsonschema2pojo.JsonPointerUtils;

/**
 * The document loader handed to jsonschema2pojo: JSON or YAML by file extension, documents found
 * by file or by {@code $id} in the {@link LocalSchemaCatalog} and handed over in their
 * {@link SchemaNormalizer normalised} form, classpath documents as jsonschema2pojo reads them, and
 * never a network fetch.
 *
 * <p>jsonschema2pojo reads a {@code $ref} fragment its own way: it percent-encodes the fragment
 * again (so {@code %25} would never match) and splits it at {@code .} as well as {@code /}. Each
 * pointer fragment is therefore handed over decoded and with every token escaped as jsonschema2pojo
 * unescapes it, which keeps references to names with {@code "} or {@code .} working. Its class
 * naming URL-decodes the last token of a reference while its lookup does not, so a {@code $defs}
 * name holding {@code %} is handed over with that {@code %} written {@code %25}, in the name and in
 * every reference to it alike.
 */
final class LocalContentResolver extends ContentResolver {

    private static final Set<String> CLASSPATH_SCHEMES = Set.of("classpath", "resource", "java");
    /** Keywords whose members are named definitions. */
    private static final Set<String> DEFINITIONS = Set.of("$defs", "definitions");

    private final LocalSchemaCatalog catalog;
    private final SchemaNormalizer normalizer;

    LocalContentResolver(LocalSchemaCatalog catalog, SchemaNormalizer normalizer) {
        this.catalog = catalog;
        this.normalizer = normalizer;
    }

    @Override
    public JsonNode resolve(URI uri) {
        if (uri.getScheme() != null && CLASSPATH_SCHEMES.contains(uri.getScheme())) {
            return super.resolve(uri);
        }
        Optional<Path> file = catalog.fileFor(uri);
        if (file.isPresent()) {
            JsonNode document = normalizer.document(file.get()).deepCopy();
            SchemaPositions.walk(document, "", null, (schema, pointer, ignored) -> {
                for (String keyword : DEFINITIONS) {
                    if (schema.get(keyword) instanceof ObjectNode definitions) {
                        schema.set(keyword, withDefinitionNamesForJsonschema2pojo(definitions));
                    }
                }
                return null;
            });
            forJsonschema2pojo(document);
            return document;
        }
        throw new SchemaProblem(null, null, 0, 0, "the schema " + uri
                + " is neither a local file under the base directory nor the $id of a schema in the source directory;"
                + " remote schemas are never fetched: copy it into the project");
    }

    private static ObjectNode withDefinitionNamesForJsonschema2pojo(ObjectNode definitions) {
        ObjectNode renamed = definitions.objectNode();
        definitions.properties().forEach(named -> renamed.set(definitionName(named.getKey()), named.getValue()));
        return renamed;
    }

    /** A definition name as jsonschema2pojo both finds and names it. */
    static String definitionName(String name) {
        return name.replace("%", "%25");
    }

    private static void forJsonschema2pojo(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual()) {
                object.put("$ref", referenceForJsonschema2pojo(ref.asText()));
            }
            for (Map.Entry<String, JsonNode> member : object.properties()) {
                if (!SchemaNormalizer.DATA.contains(member.getKey())) {
                    forJsonschema2pojo(member.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(LocalContentResolver::forJsonschema2pojo);
        }
    }

    /** A reference with its pointer fragment decoded and each token escaped the way jsonschema2pojo unescapes it. */
    static String referenceForJsonschema2pojo(String ref) {
        int hash = ref.indexOf('#');
        if (hash < 0 || !ref.startsWith("/", hash + 1)) {
            return ref;
        }
        String pointer;
        try {
            pointer = URI.create("#" + ref.substring(hash + 1)).getFragment();
        } catch (IllegalArgumentException e) {
            return ref; // not a valid URI: the reference check has reported it
        }
        if (pointer == null) {
            return ref;
        }
        List<String> tokens = JsonPointers.tokens(pointer);
        StringBuilder text = new StringBuilder(ref.substring(0, hash + 1));
        for (int i = 0; i < tokens.size(); i++) {
            String token = i > 0 && DEFINITIONS.contains(tokens.get(i - 1)) ? definitionName(tokens.get(i)) : tokens.get(i);
            text.append('/').append(JsonPointerUtils.encodeReferenceToken(token));
        }
        return text.toString();
    }
}
