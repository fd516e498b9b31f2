/// <reference types="office-js" />
import type { ExcelContext, ExcelRunner } from '../hosts/office/excelApi';

/**
 * `Excel.run` as the host's runner. The assignment of `Excel.RequestContext` to our subset is
 * checked here by the compiler against @types/office-js, so the host's subset cannot drift from
 * the real API.
 */
export const officeRunner: ExcelRunner = <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> =>
  Excel.run((context: Excel.RequestContext) => {
    const subset: ExcelContext = context;
    return batch(subset);
  });
