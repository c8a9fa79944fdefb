import groovy.xml.XmlSlurper

// Run by profile maven-range on a downloaded Maven release: the build really ran on that release.
if (binding.hasVariable('mavenRelease')) {
    assert new File(basedir, 'build.log').text.startsWith("Apache Maven ${mavenRelease} ") : "the build ran on Maven ${mavenRelease}"
}

def log = new File(basedir, 'build.log').text
assert log.contains('Schema check: 2 schema files, 1 suite (4 cases, 0 failed): 0 errors, 0 warnings') : 'the check summary'
assert log.contains('docs/org.example.withheld.md is up to date') : 'the docs are checked against the checked-in copy'
assert log.contains('BUILD SUCCESS')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/withheld-check/check-report.json'))
assert json.summary.errors == 0
assert json.suites[0].cases.size() == 4
assert json.suites[0].cases.every { it.passed }

// The JUnit XML lies with the build's test reports, where CI servers and surefire-report look.
def junit = new XmlSlurper().parse(new File(basedir, 'target/surefire-reports/TEST-withheld-check.xml'))
assert junit.@tests.text() == '6' : 'two schema files and four cases'
assert junit.'**'.findAll { it.name() == 'testcase' }*.@name*.text().contains('m.unverified without room_id')

def generated = new File(basedir, 'target/withheld-docs/org.example.withheld.md').text
assert generated == new File(basedir, 'docs/org.example.withheld.md').text
assert generated.contains('| `room_id` | string | **Required if `code` is not `m.no_olm`.** The room of the session. Example: `!room:example.org`. |')
assert generated.contains('| `m.no_olm` | no olm session could be set up |')
// The command line, given the goal's parameters, renders the same docs byte for byte, writes the same check report
// (but for the time it took), and passes.
if (!binding.hasVariable('mavenRelease')) {
    def cli = evaluate(new File(itDirectory, 'command-line.groovy'))
    def check = cli.run(basedir, ['check', '--idPrefix', 'https://example.org/it/', '--buildDirectory', 'target/cli'])
    assert check.exit == 0 : check.err
    assert check.out.contains('Schema check: 2 schema files, 1 suite (4 cases, 0 failed): 0 errors, 0 warnings')
    assert check.out.contains('Reports: target/cli/withheld-check/check-report.json, target/cli/surefire-reports/TEST-withheld-check.xml')
    def withoutTime = { File f -> f.text.replaceFirst(/"millis" : \d+/, '"millis" : 0') }
    assert withoutTime(new File(basedir, 'target/cli/withheld-check/check-report.json')) == withoutTime(new File(basedir, 'target/withheld-check/check-report.json'))
    def docs = cli.run(basedir, ['docs', '--events', 'withheld-event.schema.json=org.example.withheld', '--checkedInDirectory', 'docs',
            '--buildDirectory', 'target/cli'])
    assert docs.exit == 0 : docs.err
    assert docs.out.trim() == 'Docs of org.example.withheld: target/cli/withheld-docs/org.example.withheld.md; docs/org.example.withheld.md is up to date'
    cli.sameFiles(new File(basedir, 'target/withheld-docs'), new File(basedir, 'target/cli/withheld-docs'))
}
return true
