/**
 * The shape of the bodies (regulations.md §2.3, §3.8, addendum §3): CHI_UY_UNDER_9, CHI_UY_OVER_7,
 * BTV_OVER_THIRD, BTV_UNDER_9 (planned, then re-checked against the committee actually elected),
 * and secretaries elected from the body above them.
 */
import type { Problem } from '../findings/finding';
import { personName } from '../text/normalize';
import type { Office } from '../model/election';
import { cite } from './citations';
import { type ListContext, listLabel, seatsCell } from './context';
import { finding } from '../findings/finding';
import { CHI_BO_DEPUTIES } from '../rules/chiBo';

/** Official members of a chi bộ: every `Chính thức` row, whatever its status (§10 item 3). */
export function officialMembers(ctx: ListContext): number | null {
  if (!ctx.input.roll) return null;
  return ctx.input.roll.filter((r) => r.standing === 'Chính thức').length;
}

export function structureFindings(ctx: ListContext): Problem[] {
  const out: Problem[] = [];
  const members = ctx.input.congress.kind === 'Đại hội đảng viên' ? officialMembers(ctx) : null;
  for (const e of ctx.firstRounds('Chi ủy')) {
    if (members !== null && members < 9) {
      out.push(
        finding('error', 'CHI_UY_UNDER_9', 'CHI_UY_UNDER_9', seatsCell(e), cite.chiUyUnder9(), {
          members,
          list: listLabel(e),
        }),
      );
    }
    if (e.seats > 7)
      out.push(
        finding('error', 'CHI_UY_OVER_7', 'CHI_UY_OVER_7', seatsCell(e), cite.chiUyOver7(), {
          seats: e.seats,
          list: listLabel(e),
        }),
      );
  }
  out.push(...deputyFindings(ctx));
  out.push(...standingCommitteeFindings(ctx));
  out.push(...fromBodyFindings(ctx));
  return out;
}

/** PBT_MORE_THAN_ONE: a chi bộ elects one deputy secretary (QĐ 294), at the list that goes past it. */
function deputyFindings(ctx: ListContext): Problem[] {
  if (ctx.input.congress.level !== 'Chi bộ') return [];
  let seats = 0;
  for (const e of ctx.firstRounds('Phó Bí thư')) {
    seats += e.seats;
    if (seats > CHI_BO_DEPUTIES)
      return [
        finding('error', 'PBT_MORE_THAN_ONE', 'PBT_MORE_THAN_ONE', seatsCell(e), cite.pbtOne(), {
          seats,
          list: listLabel(e),
        }),
      ];
  }
  return [];
}

function standingCommitteeFindings(ctx: ListContext): Problem[] {
  const out: Problem[] = [];
  const committee = ctx.firstRounds('Ban Chấp hành')[0];
  if (!committee) return out;
  const planned = committee.seats;
  const elected = ctx.electedOver(committee);
  // A tie still to be re-voted may fill more seats: re-check only a settled count.
  const settled = elected !== null && ctx.lastStatusOf(committee) !== 'tie';
  for (const btv of ctx.firstRounds('Ban Thường vụ')) {
    const base = { list: listLabel(btv), seats: btv.seats };
    if (planned < 9) {
      out.push(
        finding('error', 'BTV_UNDER_9', 'BTV_UNDER_9', seatsCell(btv), cite.btvUnder9(), {
          ...base,
          committee: planned,
        }),
      );
      continue;
    }
    if (3 * btv.seats > planned) {
      out.push(
        finding('error', 'BTV_OVER_THIRD', 'BTV_OVER_THIRD', seatsCell(btv), cite.btvThird(), {
          ...base,
          committee: planned,
          max: Math.floor(planned / 3),
        }),
      );
    }
    if (!settled || elected === null || elected.length >= planned) continue;
    const n = elected.length;
    if (n < 9) {
      out.push(
        finding('error', 'BTV_UNDER_9', 'BTV_UNDER_9_ELECTED', seatsCell(btv), cite.btvUnder9(), {
          ...base,
          committee: n,
        }),
      );
    } else if (3 * btv.seats > n && 3 * btv.seats <= planned) {
      out.push(
        finding('error', 'BTV_OVER_THIRD', 'BTV_OVER_THIRD_ELECTED', seatsCell(btv), cite.btvThird(), {
          ...base,
          committee: n,
          max: Math.floor(n / 3),
        }),
      );
    }
  }
  return out;
}

/** The body an office is elected from: the standing committee where there is one, else the committee. */
const DRAWN_FROM: Partial<Record<Office, Office[]>> = {
  'Ban Thường vụ': ['Ban Chấp hành'],
  'Bí thư': ['Ban Thường vụ', 'Ban Chấp hành', 'Chi ủy'],
  'Phó Bí thư': ['Ban Thường vụ', 'Ban Chấp hành', 'Chi ủy'],
  'Chủ nhiệm Ủy ban Kiểm tra': ['Ủy ban Kiểm tra'],
};

/**
 * NOT_IN_ELECTED_BODY (an extension code): a candidate for an office drawn from a body must be
 * among its elected members; before that body is counted, at least on its list.
 */
function fromBodyFindings(ctx: ListContext): Problem[] {
  const out: Problem[] = [];
  for (const e of ctx.input.elections) {
    const offices = DRAWN_FROM[e.office];
    if (!offices) continue;
    const bodyOffice = offices.find((o) => ctx.firstRounds(o).length > 0);
    if (!bodyOffice) continue;
    const body = ctx.firstRounds(bodyOffice)[0];
    const elected = ctx.lastStatusOf(body) === 'tie' ? null : ctx.electedOver(body);
    const electedKeys = elected ? new Set(elected.map(personName)) : null;
    const listed = new Set(ctx.chainFrom(body).flatMap((r) => r.candidates.map(personName)));
    e.candidates.forEach((name, i) => {
      const key = personName(name);
      const params = { name, list: listLabel(e), body: bodyOffice, office: e.office, bodyList: listLabel(body) };
      if (electedKeys && !electedKeys.has(key)) {
        out.push(
          finding('error', 'NOT_IN_ELECTED_BODY', 'NOT_IN_ELECTED_BODY', e.candidateCells[i], cite.fromBody(), params),
        );
      } else if (!electedKeys && !listed.has(key)) {
        out.push(
          finding('warning', 'NOT_IN_ELECTED_BODY', 'NOT_ON_BODY_LIST', e.candidateCells[i], cite.fromBody(), params),
        );
      }
    });
  }
  return out;
}
