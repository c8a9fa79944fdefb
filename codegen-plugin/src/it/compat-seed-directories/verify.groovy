import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// 1st build (failOn=none): one line per change, with rule id, severity, direction, path and pointer.
assert log.contains('5 changes between previous (src/compat/before) and current (src/main/schema): 4 breaking, 1 warning, 0 info; 2 break senders, 2 break receivers.')
assert log =~ /BREAKING required\.added \[breaks senders\] algorithm \(room-key-withheld-content\.schema\.json:\d+:\d+#\/required\): algorithm \(a new property\) is now always required/
assert log =~ /BREAKING required\.added \[breaks senders\] sender_key /
assert log =~ /BREAKING required\.conditional-relaxed \[breaks receivers\] room_id \(room-key-withheld-content\.schema\.json:\d+:\d+#\/else\/required\): room_id was always required; now it is required unless code is m\.no_olm/
assert log =~ /BREAKING required\.conditional-relaxed \[breaks receivers\] session_id /
assert log.contains('WARNING enum.known-value-added [may break receivers] code (room-key-withheld-content.schema.json:')
assert log.contains('#/$defs/knownWithheldCode/oneOf/4): m.no_olm is a new known value of code')
assert log.contains('Compatibility report: target/withheld-compat/compat-report.json')

def report = new JsonSlurper().parse(new File(basedir, 'target/withheld-compat/compat-report.json'))
assert report.summary.changes == 5
assert report.changes.collect { it.rule + ' ' + it.path } as Set == [
        'required.added algorithm', 'required.added sender_key',
        'required.conditional-relaxed room_id', 'required.conditional-relaxed session_id',
        'enum.known-value-added code'] as Set
def roomId = report.changes.find { it.path == 'room_id' }
assert roomId.senders == 'compatible' && roomId.receivers == 'breaking'
assert roomId.location.pointer == '/else/required'

// 2nd build (failOn=any, the default): fails and says why.
assert log.contains('The schemas have 4 changes that break senders or receivers (failOn=any): required.added algorithm, required.added sender_key, required.conditional-relaxed room_id, required.conditional-relaxed session_id. See the lines above for what each means. If the changes are intended, set failOn to none (report only), or to senders or receivers to fail for one side only.')

// 3rd build: a wrong option value is explained.
assert log.contains('failOn must be one of none, senders, receivers, any; it is "sometimes".')

assert !(log =~ /(?m)^\s+at [\w.$]+ ?\(/) : 'no stack trace'
// The command line, given the goal's parameters, writes the same report byte for byte, and fails as the goal does.
def cli = evaluate(new File(itDirectory, 'command-line.groovy'))
def lenient = cli.run(basedir, ['compat', '--previousDirectory', 'src/compat/before', '--failOn', 'none', '--buildDirectory', 'target/cli'])
assert lenient.exit == 0 : lenient.err
assert lenient.out.readLines()[0] == '5 changes between previous (src/compat/before) and current (src/main/schema): 4 breaking, 1 warning, 0 info; 2 break senders, 2 break receivers.'
assert new File(basedir, 'target/cli/withheld-compat/compat-report.json').bytes == new File(basedir, 'target/withheld-compat/compat-report.json').bytes
def strict = cli.run(basedir, ['compat', '--previousDirectory', 'src/compat/before', '--buildDirectory', 'target/cli'])
assert strict.exit == 1
assert strict.err.readLines().last().startsWith('The schemas have 4 changes that break senders or receivers (failOn=any): ')
assert log.contains(': ' + strict.err.readLines().last() + ' -> [Help 1]') : 'the same failure message as the goal'
def wrong = cli.run(basedir, ['compat', '--previousDirectory', 'src/compat/before', '--failOn', 'sometimes'])
assert wrong.exit == 1 && wrong.err.trim() == 'failOn must be one of none, senders, receivers, any; it is "sometimes".'
return true
