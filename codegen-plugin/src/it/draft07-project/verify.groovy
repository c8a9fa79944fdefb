def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 3, Failures: 0, Errors: 0')
def model = new File(basedir, 'target/generated-sources/withheld-codegen/org/example/it/model')
assert new File(model, 'Invoice.java').isFile()
assert new File(model, 'Address.java').isFile() : 'a definition reached through #/definitions becomes a class'
assert new File(model, 'Money.java').isFile() : 'a definition in another draft-07 file becomes a class'
return true
