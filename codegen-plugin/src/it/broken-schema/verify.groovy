// Run by profile maven-range on a downloaded Maven release: the build really ran on that release.
if (binding.hasVariable('mavenRelease')) {
    assert new File(basedir, 'build.log').text.startsWith("Apache Maven ${mavenRelease} ") : "the build ran on Maven ${mavenRelease}"
}

def log = new File(basedir, 'build.log').text
assert log.contains('withheld.schema.json:5:') : 'names the file and line'
assert log.contains('/properties/room_id/$ref') : 'names the JSON Pointer'
assert log.contains('/$defs/roomID, which does not exist') : 'says why'
assert log.contains('did you mean /$defs/roomId?') : 'suggests the fix'
assert !(log =~ /(?m)^\s+at [\w.$]+ ?\(/) : "no stack trace"
assert !new File(basedir, 'target/generated-sources/withheld-codegen/org').exists() : 'nothing half-written'
return true
