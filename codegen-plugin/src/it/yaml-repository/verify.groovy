def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 4, Failures: 0, Errors: 0')
def model = new File(basedir, 'target/generated-sources/withheld-codegen/org/example/it/model')
assert new File(model, 'events/Message.java').isFile()
assert new File(model, 'events/Receipt.java').isFile()
return true
