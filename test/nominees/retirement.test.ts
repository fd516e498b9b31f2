import {
  addMonths,
  monthsBetween,
  retirementAgeMonths,
  retirementDate,
  fullYearsAt,
} from '../../src/engine/nominees/retirement';
import { formatDateSlash } from '../../src/engine/text/format';

const d = (s: string) => {
  const [day, month, year] = s.split('/').map(Number);
  return { year, month, day };
};
const retire = (birth: string, gender: 'Nam' | 'Nữ') => formatDateSlash(retirementDate(d(birth), gender));

describe('Nghị định 135/2020 retirement schedule', () => {
  test('the age in force by year: men 60y3m in 2021 +3 months a year to 62 in 2028; women 55y4m +4 months to 60 in 2035', () => {
    expect(retirementAgeMonths('Nam', 2020)).toBe(720);
    expect(retirementAgeMonths('Nam', 2021)).toBe(723);
    expect(retirementAgeMonths('Nam', 2027)).toBe(741);
    expect(retirementAgeMonths('Nam', 2028)).toBe(744);
    expect(retirementAgeMonths('Nam', 2040)).toBe(744);
    expect(retirementAgeMonths('Nữ', 2020)).toBe(660);
    expect(retirementAgeMonths('Nữ', 2021)).toBe(664);
    expect(retirementAgeMonths('Nữ', 2034)).toBe(716);
    expect(retirementAgeMonths('Nữ', 2035)).toBe(720);
    expect(retirementAgeMonths('Nữ', 2050)).toBe(720);
  });

  test('men at the year boundaries: the age in force is that of the year of the date reached', () => {
    expect(retire('31/12/1960', 'Nam')).toBe('31/12/2020'); // 60 in 2020, the old age
    expect(retire('01/01/1961', 'Nam')).toBe('01/04/2021'); // 60y3m
    expect(retire('15/01/1961', 'Nam')).toBe('15/04/2021');
    expect(retire('30/09/1961', 'Nam')).toBe('30/12/2021'); // 60y3m still in 2021
    expect(retire('01/10/1961', 'Nam')).toBe('01/04/2022'); // 60y3m would fall in 2022, where 60y6m applies
    expect(retire('01/12/1965', 'Nam')).toBe('01/09/2027'); // 61y9m
    expect(retire('10/05/1966', 'Nam')).toBe('10/05/2028'); // 61y9m falls in 2028: 62
    expect(retire('01/04/1967', 'Nam')).toBe('01/04/2029');
  });

  test('women at the year boundaries', () => {
    expect(retire('10/01/1966', 'Nữ')).toBe('10/05/2021'); // 55y4m
    expect(retire('31/08/1966', 'Nữ')).toBe('31/12/2021');
    expect(retire('01/09/1966', 'Nữ')).toBe('01/05/2022'); // 55y8m
    expect(retire('30/04/1975', 'Nữ')).toBe('30/12/2034'); // 59y8m
    expect(retire('01/05/1975', 'Nữ')).toBe('01/05/2035'); // 60
    expect(retire('15/06/1980', 'Nữ')).toBe('15/06/2040');
  });

  test('calendar-month arithmetic: the 31st becomes the last day of a shorter month', () => {
    expect(addMonths(d('31/08/2023'), 6)).toEqual(d('29/02/2024'));
    expect(addMonths(d('31/08/2022'), 6)).toEqual(d('28/02/2023'));
    expect(addMonths(d('01/04/2025'), 48)).toEqual(d('01/04/2029'));
    expect(monthsBetween(d('01/04/2025'), d('01/03/2029'))).toBe(47);
    expect(monthsBetween(d('01/04/2025'), d('31/03/2029'))).toBe(47);
    expect(monthsBetween(d('01/04/2025'), d('01/04/2029'))).toBe(48);
    expect(fullYearsAt(d('02/04/1990'), d('01/04/2025'))).toBe(34);
    expect(fullYearsAt(d('01/04/1990'), d('01/04/2025'))).toBe(35);
  });
});
