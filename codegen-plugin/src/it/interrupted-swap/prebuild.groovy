// What a build killed between its two renames leaves behind: the previous output moved aside as the backup
// (with a class whose schema has since been deleted, and a file the plugin never wrote), the new output still
// in staging (here deliberately broken, so that compiling it would fail), a pending state naming the files of
// both generations, and no output directory at all.
def sources = new File(basedir, 'target/generated-sources')
def backup = new File(sources, 'withheld-codegen.codegen-backup/org/example/it/model')
backup.mkdirs()
new File(backup, 'Note.java').text = 'package org.example.it.model;\n// from the build before\npublic final class Note {}\n'
new File(backup, 'Old.java').text = 'package org.example.it.model;\n// its schema is gone\nfinal class Old {}\n'
new File(backup, 'Handwritten.java').text = 'package org.example.it.model;\nfinal class Handwritten {}\n'
def staging = new File(sources, 'withheld-codegen.codegen-staging/org/example/it/model')
staging.mkdirs()
new File(staging, 'Half.java').text = 'package org.example.it.model;\nfinal class Half {'
new File(sources, 'withheld-codegen.codegen-state').text = 'pending\norg/example/it/model/Note.java\norg/example/it/model/Old.java\n'
assert !new File(sources, 'withheld-codegen').exists()
return true
