def log = new File(basedir, 'build.log').text
def checkedIn = new File(basedir, 'docs/org.example.withheld.md').text
def generated = new File(basedir, 'target/withheld-docs/org.example.withheld.md').text

// Both invocations write to build.log. The second one rewrote the stale copy.
assert log.contains('Docs of org.example.withheld: rewrote docs/org.example.withheld.md (update is on); commit it')
assert checkedIn == generated
assert checkedIn.contains('**Required if `code` is not `m.no_olm`.** The room of the session.')
assert !checkedIn.contains('**Required.** The room of the session.')

// The first build (same log, earlier) failed with the difference and the refresh command, and left the copy alone.
def second = log.indexOf('Scanning for projects', log.indexOf('BUILD FAILURE'))
def first = log.substring(0, second)
assert first.contains('BUILD FAILURE') && log.substring(second).contains('BUILD SUCCESS')
assert first.contains('docs/org.example.withheld.md is out of date with the schemas and suites; first difference at line 23:')
assert first.contains('checked in: | `room_id` | string | **Required.** The room of the session. Example: `!room:example.org`. |')
assert first.contains('generated:  | `room_id` | string | **Required if `code` is not `m.no_olm`.** The room of the session. Example: `!room:example.org`. |')
assert first.contains('Refresh the checked-in docs with: mvn verify -Dwithheld.docs.update')
assert !(log =~ /(?m)^\s+at [\w.$]+ ?\(/) : 'no stack trace'
return true
