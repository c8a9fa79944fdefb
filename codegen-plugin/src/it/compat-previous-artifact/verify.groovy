// Run by profile maven-range on a downloaded Maven release: the build really ran on that release.
if (binding.hasVariable('mavenRelease')) {
    assert new File(basedir, 'build.log').text.startsWith("Apache Maven ${mavenRelease} ") : "the build ran on Maven ${mavenRelease}"
}

def log = new File(basedir, 'build.log').text

// 2nd build: the released artifact was resolved by coordinates, unpacked, and compared.
assert log.contains('5 changes between previous (org.example.it:seed-schema:1.0) and current (src/main/schema): 4 breaking, 1 warning, 0 info; 2 break senders, 2 break receivers.')
assert log =~ /BREAKING required\.conditional-relaxed \[breaks receivers\] room_id \(room-key-withheld-content\.schema\.json:\d+:\d+#\/else\/required\)/
assert log =~ /WARNING enum\.known-value-added \[may break receivers\] code /
assert new File(basedir, 'target/withheld-compat/previous/room-key-withheld-content.schema.json').isFile() : 'unpacked below the schema folder'
assert new File(basedir, 'target/withheld-compat/compat-report.json').text.contains('"previous" : "previous (org.example.it:seed-schema:1.0)"')

// 3rd build: coordinates that do not resolve are a message, not a stack trace.
assert log.contains('Cannot resolve the previous revision org.example.it:seed-schema:9.9')
assert !(log =~ /(?m)^\s+at [\w.$]+ ?\(/) : 'no stack trace'
return true
