"""The editors' safety net: checks beyond the schema, each in its own module.

- per file, while loading (:mod:`.content`, ``check_single_file`` and the documents kind's check):
  identity codes in site.yaml and organizations.yaml, 文号 year against 成文日期;
- over the loaded site (:func:`.content.check_content`): personal numbers in published text,
  publication deadlines in working days;
- over the rendered pages (:mod:`.links`): internal links and image alt text;
- before the YAML parser (:mod:`.punctuation`): input-method slips in keys and indentation.
"""
