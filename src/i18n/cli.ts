import { defineMessages } from './define';

/** The command line's own lines: the summary per election and `--help`. */
export const cliMessages = defineMessages(
  {
    CLI_SUMMARY_ELECTED: 'trúng cử {elected}/{seats}',
    CLI_SUMMARY_TIED: 'bằng phiếu ({votes} phiếu): {names}',
    CLI_SUMMARY_OPEN: 'còn thiếu {count}',
    CLI_SUMMARY_BLOCKED: 'không khớp: {checks}',
    CLI_SUMMARY_ZERO: 'D = {denominator}, cần đạt {threshold} phiếu',
    CLI_SUMMARY_OPINION: 'xin ý kiến — được đưa vào danh sách: {names}',
    CLI_SUMMARY_NOBODY: 'không ai',
    CLI_SUMMARY_INTRODUCED: 'được giới thiệu {introduced}/{seats}',
    CLI_SUMMARY_INTRODUCED_ALL: 'được giới thiệu {introduced}',
    CLI_SUMMARY_INTRODUCTION_TIE: 'người đứng đầu cấp ủy lựa chọn',
    CLI_SUMMARY_TRUST_BASE: 'R = {returned} phiếu thu về',
  },
  {
    CLI_SUMMARY_ELECTED: 'elected {elected}/{seats}',
    CLI_SUMMARY_TIED: 'tied on {votes} votes: {names}',
    CLI_SUMMARY_OPEN: 'open seats: {count}',
    CLI_SUMMARY_BLOCKED: 'checks that do not match: {checks}',
    CLI_SUMMARY_ZERO: 'D = {denominator}, votes needed {threshold}',
    CLI_SUMMARY_OPINION: 'opinion ballot — may enter the list: {names}',
    CLI_SUMMARY_NOBODY: 'nobody',
    CLI_SUMMARY_INTRODUCED: 'introduced {introduced}/{seats}',
    CLI_SUMMARY_INTRODUCED_ALL: 'introduced {introduced}',
    CLI_SUMMARY_INTRODUCTION_TIE: 'the committee head chooses',
    CLI_SUMMARY_TRUST_BASE: 'R = {returned} ballots returned',
  },
);
