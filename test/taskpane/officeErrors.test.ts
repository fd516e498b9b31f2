import { explainOfficeError } from '../../src/taskpane/officeErrors';
import { FakeExcelError } from '../office/fakeExcel';

test('Excel error codes become sentences that say what to do', () => {
  const edit = explainOfficeError(
    new FakeExcelError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.'),
    'vi',
  );
  expect(edit.text).toMatch(/Enter/);
  expect(edit.text).toMatch(/sửa ô/);
  expect(explainOfficeError(new FakeExcelError('InvalidOperationInCellEditMode', 'x'), 'en').text).toMatch(
    /finish editing the cell, then try again/,
  );
  expect(explainOfficeError(new FakeExcelError('RequestPayloadSizeLimitExceeded', 'x'), 'vi').text).toMatch(/5 MB/);
  const unknown = explainOfficeError(new FakeExcelError('WeirdThing', 'boom'), 'vi');
  expect(unknown.text).toContain('WeirdThing');
  expect(unknown.detail).toContain('boom');
  expect(explainOfficeError('plain', 'en').code).toBe('Unknown');
});
