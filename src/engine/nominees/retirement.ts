/**
 * Retirement dates under the Labour Code schedule of Nghị định 135/2020/NĐ-CP, and the calendar
 * arithmetic the age rules of Chỉ thị 45-CT/TW need (regulations.md §8: "Age is checked in
 * months"). Exact: whole dates and whole months, no day counts divided by 30.
 */
import type { CalendarDate } from '../text/format';
import type { Gender } from '../model/person';

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * `months` calendar months after `date`; a day the target month lacks becomes its last day
 * (31/08 + 6 months = 28/02 or 29/02): a person born on the 31st reaches an age on the last day
 * of a shorter month.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** Whole calendar months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: CalendarDate, to: CalendarDate): number {
  let months = (to.year - from.year) * 12 + (to.month - from.month);
  if (months > 0 && compareDates(addMonths(from, months), to) > 0) months -= 1;
  if (months < 0 && compareDates(addMonths(from, months), to) < 0) months += 1;
  return months;
}

/** Full years of age at a date. */
export function fullYearsAt(birth: CalendarDate, at: CalendarDate): number {
  return Math.floor(monthsBetween(birth, at) / 12);
}

/**
 * The retirement age in force in a year, in months (Nghị định 135/2020/NĐ-CP Điều 4): men 60 years
 * until 2020, 60 years 3 months in 2021, 3 months more each year up to 62 years from 2028; women
 * 55 years until 2020, 55 years 4 months in 2021, 4 months more each year up to 60 years from 2035.
 */
export function retirementAgeMonths(gender: Gender, year: number): number {
  const steps = Math.max(0, year - 2020);
  return gender === 'Nam' ? Math.min(720 + 3 * steps, 744) : Math.min(660 + 4 * steps, 720);
}

/**
 * The first date on which the person's age reaches the age in force for that date's year. The
 * age in force depends on the year of the date in question, so a birthday late in a year can
 * push the date into the next year, where the age is higher: a man born 30/09/1961 retires on
 * 30/12/2021 (60y3m), one born 01/10/1961 on 01/04/2022 (60y6m, the age of 2022).
 */
export function retirementDate(birth: CalendarDate, gender: Gender): CalendarDate {
  for (let year = birth.year + 50; year <= birth.year + 70; year++) {
    const reached = addMonths(birth, retirementAgeMonths(gender, year));
    // Reached before this year: it was already reached in an earlier year of the loop.
    if (reached.year <= year) return reached.year === year ? reached : { year, month: 1, day: 1 };
  }
  return addMonths(birth, retirementAgeMonths(gender, birth.year + 70));
}
