// Run by profile maven-range on a downloaded Maven release: the build really ran on that release.
if (binding.hasVariable('mavenRelease')) {
    assert new File(basedir, 'build.log').text.startsWith("Apache Maven ${mavenRelease} ") : "the build ran on Maven ${mavenRelease}"
}

def log = new File(basedir, 'build.log').text
def schema = new File(basedir, 'src/main/schema/withheld.schema.json').readLines()
def typoLine = schema.findIndexOf { it.contains('"requried"') } + 1
def typoColumn = schema[typoLine - 1].indexOf('[') + 1
def suite = new File(basedir, 'src/test/suites/withheld-event.suite.json').readLines()
def caseLine = suite.findIndexOf { it.contains('"a code outside the list"') }  // the case object opens on the line before

assert log.contains("src/main/schema/withheld.schema.json:${typoLine}:${typoColumn}: error [lint/unknown-keyword] /else/requried: \"requried\" is not a JSON Schema 2020-12 keyword, so validators ignore it; did you mean \"required\"?") : 'file:line:column, rule, pointer and suggestion'
assert log.contains("src/test/suites/withheld-event.suite.json:${caseLine}:5: error [suite/case] /cases/3: case \"a code outside the list\": expected valid, but the schema gives invalid at [\"/content/code\"]") : 'the case with the wrong verdict'
assert log.contains("src/test/suites/withheld-event.suite.json:") && log.contains('case "m.unverified without room_id": expected invalid at ["/content/room_id"], but the schema gives valid') : 'the typo made a case that relied on the rule fail too'
assert log.contains('Schema check failed: 3 errors') : 'the failure names the count'
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [\w.$]+ ?\(/) : 'no stack trace'

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/withheld-check/check-report.json'))
assert json.summary.errors == 3
assert json.findings.find { it.rule == 'lint/unknown-keyword' }.line == typoLine

// CI sees the broken case as a failed test: the JUnit XML lies with the build's test reports and says where the case is.
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/surefire-reports/TEST-withheld-check.xml'))
def failed = junit.'**'.find { it.name() == 'testcase' && it.@name.text() == 'a code outside the list' }
assert failed.failure.size() == 1 : 'the case is a failed test'
assert failed.failure.text().startsWith("src/test/suites/withheld-event.suite.json:${caseLine}:5: error [suite/case] /cases/3:") : 'with its file:line'
// The command line prints the goal's findings and failure message, and exits with status 1.
if (!binding.hasVariable('mavenRelease')) {
    def cli = evaluate(new File(itDirectory, 'command-line.groovy'))
    def result = cli.run(basedir, ['check', '--buildDirectory', 'target/cli'])
    assert result.exit == 1
    def findings = cli.mavenLines(basedir).findAll { it.contains(': error [') && !it.startsWith(' ') }
    assert findings.size() == 3
    assert result.err.readLines().take(3) == findings : 'the same findings, in the same order'
    assert result.err.contains('Schema check failed: 3 errors\n  ' + findings[0]) : 'the same failure message'
}
return true
