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
// The command line fails with the goal's message (the same file:line:column, pointer and suggestion) and status 1.
if (!binding.hasVariable('mavenRelease')) {
    def cli = evaluate(new File(itDirectory, 'command-line.groovy'))
    def result = cli.run(basedir, ['generate', '--targetPackage', 'org.example.it.model'])
    assert result.exit == 1
    def message = result.err.trim()
    assert message.contains('withheld.schema.json:5:') && message.contains('did you mean /$defs/roomId?')
    assert log.contains('on project broken-schema: ' + message + ' -> [Help 1]') : 'the same message as the goal'
    assert !(result.err =~ /(?m)^\s+at [\w.$]+ ?\(/) : 'no stack trace'
}
return true
