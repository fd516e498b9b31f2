/**
 * The custom document property that marks the files this tool writes, workbooks and Word minutes
 * alike (WORKBOOK.md "Files (version 2)"): an existing `-o`/`--docx` target is replaced only when
 * it carries this mark, or with `--overwrite`.
 */
export const OUTPUT_MARK = { name: 'DaiHoiOutput', value: 'Đại hội' } as const;
