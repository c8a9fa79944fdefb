def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0')
def model = new File(basedir, 'target/generated-sources/withheld-codegen/org/example/it/model')
assert new File(model, 'Order.java').isFile()
assert new File(model, 'common/Money.java').isFile()
assert new File(model, 'common/Identified.java').isFile() : 'a $defs-only file yields a class per definition'
return true
