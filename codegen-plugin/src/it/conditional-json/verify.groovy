def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0')
assert new File(basedir, 'target/generated-sources/withheld-codegen/org/example/it/model/Withheld.java').isFile()
assert new File(basedir, 'target/generated-sources/withheld-codegen/org/example/it/model/Withheld.java').text.contains('final static class Code')
return true
