def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0')
assert new File(basedir, 'target/generated-sources/withheld-codegen/org/example/it/model/Withheld.java').isFile()
// The inline enumeration of code is a class of its own, named after its parent and property.
assert new File(basedir, 'target/generated-sources/withheld-codegen/org/example/it/model/WithheldCode.java').text.contains('public final class WithheldCode')
return true
