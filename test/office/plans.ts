import type { SheetPlan } from '../../src/workbook/sheetPlan';

/** A plan that uses every SheetPlan feature, with text Excel would be tempted to convert. */
export function richPlan(name = 'Kết quả BCH'): SheetPlan {
  return {
    name,
    values: [
      ['ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', null, null, 'ĐẢNG CỘNG SẢN VIỆT NAM'],
      ['KẾT QUẢ BẦU CỬ', null, null, null],
      ['STT', 'Họ và tên', 'Số phiếu', 'Tỷ lệ'],
      [1, 'Nguyễn Văn An', 150, 0.9554],
      [2, '=SUM(A1:A3)', 12, 0.5],
      [3, '-', 0, 0],
      ['007', '+84 912 345 678', '19/05/2020', '@home'],
      ['TRUE', '1e5', '95,54%', 'Lê Thị Bình'],
      [null, 'Trạng thái', 'Bầu đủ', true],
    ],
    styles: [
      {
        range: { row: 0, col: 0, cols: 3 },
        style: { bold: true, hAlign: 'center', font: 'Times New Roman', size: 13 },
      },
      { range: { row: 1, col: 0, cols: 4 }, style: { bold: true, size: 14, hAlign: 'center', borderBottom: 'thin' } },
      {
        range: { row: 2, col: 0, cols: 4 },
        style: { bold: true, fill: 'D9E1F2', hAlign: 'center', vAlign: 'middle', wrap: true },
      },
      { range: { row: 2, col: 0, rows: 6, cols: 4 }, style: { border: 'thin' } },
      { range: { row: 3, col: 3, rows: 3 }, style: { numberFormat: '0.00%' } },
      { range: { row: 3, col: 2, rows: 3 }, style: { numberFormat: '#,##0' } },
      {
        range: { row: 8, col: 1, cols: 2 },
        style: { italic: true, underline: true, color: 'C00000', indent: 1, borderTop: 'medium' },
      },
      { range: { row: 7, col: 0, cols: 4 }, style: { borderBottom: 'dotted' } },
    ],
    merges: [
      { row: 0, col: 0, cols: 3 },
      { row: 1, col: 0, cols: 4 },
      { row: 9, col: 0 },
    ],
    columnWidths: [36, 180, 60, 72],
    rowHeights: { 1: 24, 2: 30 },
    defaultStyle: { font: 'Times New Roman', size: 13 },
    page: {
      paper: 'A4',
      orientation: 'portrait',
      marginsMm: { top: 25, bottom: 25, left: 35, right: 15 },
      headerMm: 10,
      footerMm: 10,
      fitToWidth: true,
      printArea: { row: 0, col: 0, rows: 9, cols: 4 },
      printTitleRows: [2, 2],
      centerHorizontally: true,
      pageNumberTopFromSecond: true,
      rowBreaks: [5],
    },
    freeze: { rows: 3, cols: 1 },
    showGridLines: false,
    protected: true,
    validations: [
      {
        range: { row: 3, col: 3, rows: 3 },
        list: ['Có mặt', 'Vắng có lý do', 'Vắng'],
        prompt: { title: 'Tình trạng', message: 'Để trống là có mặt.' },
        alert: { title: 'Không có trong danh sách', message: 'Hãy chọn một giá trị trong danh sách.' },
      },
      { range: { row: 2, col: 1 }, prompt: { title: 'Họ và tên', message: 'Họ và tên đầy đủ, như trên phiếu.' } },
    ],
  };
}

export function smallPlan(name: string, text: string): SheetPlan {
  return { name, values: [[text]], styles: [], merges: [], columnWidths: [], freeze: { rows: 1, cols: 0 } };
}
