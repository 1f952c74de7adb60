// §11: where a form's figures come from when they are exported rather than typed (赤兔数据). Plain data; the schema,
// the load-time checks and the helpers are in src/forms/dataSource.ts, the reading in src/io/readExport.ts.

/** A join key: a header field of the form (its role id or name) and the headings the export may give it. */
export interface DataKeyDef {
  field: string;
  /** Heading in the export; the field's own label and aliases are accepted too. */
  label?: string;
  aliases?: string[];
}

/** One export column and the input it fills. */
export interface DataColumnDef {
  item: string;
  input: string;
  /** The export's own heading (询盘数) and its other spellings (询单人数 …). */
  label: string;
  aliases?: string[];
}

export interface DataSourceDef {
  /** What the export is called in messages and in the template (赤兔数据). */
  label: string;
  /** Names the export's sheet may have in the same workbook; the first is the template's. */
  sheets: string[];
  /** Join keys in order of preference: 工号 when both sides have one, else 姓名. */
  keys: DataKeyDef[];
  columns: DataColumnDef[];
  /** Export rows that match nobody of the roster: 'warning' (default) or 'ignore'. */
  unmatched?: 'warning' | 'ignore';
}
