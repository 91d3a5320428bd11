/**
 * Turns the simulation's records into the seven Annex A lists: official title and headings
 * (plus the local `Postcode` column), one row per record that falls in the extract, in date order.
 * Dates after the extract's last day are left blank ("still open").
 */
import { OFFICIAL_HEADINGS, OFFICIAL_SHEET_NAMES, OFFICIAL_TITLES } from '../engine/parse/official-headings';
import type { Day, ListNumber } from '../engine/types';
import { ageOn } from './cases';
import { LOCATION_IN, LOCATION_OUT } from './codes';
import { childId, code, date, yesNo, type SampleCell, type SampleList } from './cells';
import { Rng } from './prng';
import type {
  AssessmentRecord, CareLeaverRecord, Child, CinEpisodeRecord, ClaPeriodRecord, ContactRecord, CpPlanRecord, ReferralRecord, SampleRecords,
} from './records';
import type { SampleWindow } from './window';

/** The child's home postcode: a local column the product reads for district profiles. */
export const POSTCODE_HEADING = 'Postcode';

type CellRow = SampleCell[];

export function buildLists(records: SampleRecords, window: SampleWindow, rng: Rng): SampleList[] {
  const writer = new ListWriter(window, rng);
  const XS = window.extractStart;
  const E = window.extractEnd;
  const openAtStart = (e: CinEpisodeRecord) => e.start < XS && e.end >= XS;
  return [
    writer.list(1, 'Date of Contact', null, records.contacts.filter((c) => c.date >= XS && c.date <= E), (c) => c.date, (c, row) => writer.contact(c, row)),
    writer.list(3, 'Date of referral', null,
      records.referrals.filter((r) => r.date <= E && (r.date >= XS || openAtStart(r.episode))), (r) => r.date, (r, row) => writer.referral(r, row)),
    writer.list(4, 'Continuous Assessment Start Date', 'Continuous Assessment Date of Authorisation',
      records.assessments.filter((a) => a.start <= E && (a.start >= XS || a.authorised >= XS || openAtStart(a.episode))), (a) => a.start, (a, row) => writer.assessment(a, row)),
    writer.list(6, 'CIN Start Date', 'CIN Closure Date',
      records.episodes.filter((e) => e.start <= E && e.end >= XS), (e) => e.start, (e, row) => writer.episode(e, row)),
    writer.list(7, 'Child Protection Plan Start Date', 'Child Protection Plan End Date',
      records.plans.filter((p) => p.start <= E && p.end >= XS), (p) => p.start, (p, row) => writer.plan(p, row)),
    writer.list(8, 'Date Started to be Looked After', 'Date Ceased to be Looked After ',
      records.periods.filter((p) => p.start <= E && p.end >= XS), (p) => p.start, (p, row) => writer.period(p, row)),
    writer.list(9, 'Date of Birth', null, records.careLeavers, (c) => c.child.dateOfBirth, (c, row) => writer.careLeaver(c, row)),
  ];
}

class ListWriter {
  /** Heading → column index of the list being written. */
  private columns = new Map<string, number>();

  constructor(
    private readonly window: SampleWindow,
    private readonly rng: Rng,
  ) {}

  list<T>(
    list: ListNumber, requiredDate: string, endDate: string | null, items: T[], sortKey: (item: T) => Day, fill: (item: T, row: CellRow) => void,
  ): SampleList {
    const headings = [...OFFICIAL_HEADINGS[list], POSTCODE_HEADING];
    this.columns = new Map(headings.map((h, i) => [h, i]));
    const sorted = [...items].sort((a, b) => sortKey(a) - sortKey(b));
    return {
      list: list as SampleList['list'],
      sheetName: OFFICIAL_SHEET_NAMES[list],
      title: OFFICIAL_TITLES[list],
      headings,
      rows: sorted.map((item) => {
        const row: CellRow = new Array<SampleCell>(headings.length).fill(null);
        fill(item, row);
        return row;
      }),
      requiredDateColumn: headings.indexOf(requiredDate),
      endDateColumn: endDate === null ? null : headings.indexOf(endDate),
    };
  }

  contact(c: ContactRecord, row: CellRow): void {
    this.person(row, c.child);
    this.put(row, 'Date of Contact', date(c.date));
    this.put(row, 'Contact Source', code(c.source));
  }

  referral(r: ReferralRecord, row: CellRow): void {
    this.person(row, r.child);
    this.put(row, 'Date of referral', date(r.date));
    this.put(row, 'Referral Source', code(r.source));
    this.put(row, 'Referral NFA?', yesNo(r.nfa));
    this.put(row, 'Number of Referrals in Last 12 Months', r.referralsLast12Months);
    this.allocation(row, r.team);
  }

  assessment(a: AssessmentRecord, row: CellRow): void {
    const authorised = this.ended(a.authorised);
    this.person(row, a.child);
    this.put(row, 'Does the Child have a Disability', yesNo(a.child.disability));
    this.put(row, 'Continuous Assessment Start Date', date(a.start));
    this.put(row, 'Child Seen During Continuous Assessment', yesNo(this.rng.chance(0.97)));
    this.put(row, 'Continuous Assessment Date of Authorisation', date(authorised));
    this.put(row, 'Was the child assessed as requiring LA children’s social care support', authorised === null ? null : yesNo(a.requiresSupport));
    this.allocation(row, a.team);
  }

  episode(e: CinEpisodeRecord, row: CellRow): void {
    const end = this.ended(e.end);
    this.person(row, e.child);
    this.put(row, 'Does the Child have a Disability', yesNo(e.child.disability));
    this.put(row, 'CIN Start Date', date(e.start));
    this.put(row, 'Primary Need Code', code(e.primaryNeed));
    this.put(row, 'Date Child Was Last Seen', date(this.recentDay(e.start, end)));
    this.put(row, 'CIN Closure Date', date(end));
    this.put(row, 'Reason for Closure', end === null ? null : code(e.closureReason));
    this.put(row, 'Case status', code(e.statusAtExtractEnd));
    this.allocation(row, e.team);
  }

  plan(p: CpPlanRecord, row: CellRow): void {
    const end = this.ended(p.end);
    const lastDay = end ?? this.window.extractEnd;
    const reviews = Math.floor((lastDay - p.start - 90) / 182);
    this.person(row, p.child);
    this.put(row, 'Does the Child have a Disability', yesNo(p.child.disability));
    this.put(row, 'Child Protection Plan Start Date', date(p.start));
    this.put(row, 'Initial Category of Abuse', code(p.initialCategory));
    this.put(row, 'Latest Category of Abuse', code(p.latestCategory));
    this.put(row, 'Date of the Last Statutory Visit', date(this.recentDay(p.start, end, 14)));
    this.put(row, 'Was the Child Seen Alone?', yesNo(this.rng.chance(0.8)));
    this.put(row, 'Date of latest review conference', reviews >= 0 ? date(p.start + 90 + reviews * 182) : null);
    this.put(row, 'Child Protection Plan End Date', date(end));
    this.put(row, 'Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)', yesNo(this.rng.chance(0.03)));
    this.put(row, 'Number of Previous Child Protection Plans', p.previousPlans);
    this.allocation(row, p.team);
  }

  period(p: ClaPeriodRecord, row: CellRow): void {
    const rng = this.rng;
    const end = this.ended(p.end);
    const ageNow = ageOn(p.child, end ?? this.window.extractEnd);
    const location = p.placementInside === null || !p.locationRecorded ? null : p.placementInside ? LOCATION_IN : LOCATION_OUT;
    this.person(row, p.child);
    this.put(row, 'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)', yesNo(!p.shortBreak && ageNow >= 15 && rng.chance(0.08)));
    this.put(row, 'Does the Child have a Disability', yesNo(p.child.disability || p.shortBreak));
    this.put(row, 'Date Started to be Looked After', date(p.start));
    this.put(row, "Child's Category of Need", code(p.categoryOfNeed));
    this.put(row, 'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)', yesNo(p.shortBreak || rng.chance(0.04)));
    this.put(row, 'Start date of current legal status', date(p.legalStatusStart));
    this.put(row, "Child's Legal Status", code(p.legalStatus));
    this.put(row, 'Date of Latest Statutory Review', date(this.recentDay(p.start, end, 180)));
    this.put(row, 'Date of Last Social Work Visit', date(this.recentDay(p.start, end, 42)));
    this.put(row, 'What is the permanence plan for this child?', code(p.permanencePlan));
    this.put(row, 'Date of Last IRO Visit / Contact to the Child', date(this.recentDay(p.start, end, 180)));
    this.put(row, 'Date of Last Health Assessment', date(this.recentDay(p.start, end, 365)));
    this.put(row, 'Date of Last Dental Check', date(this.recentDay(p.start, end, 365)));
    this.put(row, 'Number of Placements in the Last 12 months', p.placementsLast12Months);
    this.put(row, 'Date Ceased to be Looked After ', date(end));
    this.put(row, 'Reason Ceased to be Looked After', end === null ? null : code(p.reasonCeased));
    this.put(row, 'Start Date of Most Recent Placement', date(Math.min(p.placementStart, end ?? p.placementStart)));
    this.put(row, 'Placement Type', code(p.placementType));
    this.put(row, 'Placement Provider', code(p.placementProvider));
    this.put(row, 'Placement postcode', p.placementPostcode);
    this.put(row, 'URN of Placement', ['K1', 'K2'].includes(p.placementType.code) ? `SC${rng.int(100000, 999999)}` : null);
    this.put(row, 'Placement Location', code(location));
    this.put(row, 'LA of Placement', p.placementAuthority);
    this.put(row, 'Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months', ageNow >= 12 && rng.chance(0.15) ? rng.int(1, 6) : 0);
    this.put(row, 'Number of Episodes the Child has been ‘Absent’ from their Placement in the last 12 months', ageNow >= 12 && rng.chance(0.05) ? rng.int(1, 3) : 0);
    this.allocation(row, p.team);
  }

  careLeaver(c: CareLeaverRecord, row: CellRow): void {
    this.person(row, c.child);
    this.put(row, POSTCODE_HEADING, c.postcode);
    this.put(row, 'Does the Child have a Disability', yesNo(c.child.disability));
    this.allocation(row, 'Through Care Team');
    this.put(row, 'Eligibility Category', code(c.eligibility));
    this.put(row, 'LA In Touch ', code(c.inTouch));
    this.put(row, 'Type of Accommodation', code(c.accommodation));
    this.put(row, 'Suitability of Accommodation', code(c.suitable));
    this.put(row, 'Activity Status', code(c.activity));
  }

  private person(row: CellRow, child: Child): void {
    this.put(row, 'Child Unique ID', childId(child.id));
    this.put(row, 'Gender', code(child.gender));
    this.put(row, 'Ethnicity', code(child.ethnicity));
    this.put(row, 'Date of Birth', date(child.dateOfBirth));
    this.put(row, 'Age of Child (Years)', Math.max(0, ageOn(child, this.window.extractEnd)));
    this.put(row, POSTCODE_HEADING, child.postcode);
  }

  private allocation(row: CellRow, team: string): void {
    this.put(row, 'Allocated Team', team);
    this.put(row, 'Allocated Worker', `Worker ${team.slice(0, 1)}${this.rng.int(10, 99)}`);
  }

  private put(row: CellRow, heading: string, value: SampleCell): void {
    const column = this.columns.get(heading);
    if (column === undefined) throw new Error(`Sample writer: no column ${heading}`);
    row[column] = value;
  }

  /** A raw end date, or null when it lies after the extract (still open). */
  private ended(end: Day): Day | null {
    return end > this.window.extractEnd ? null : end;
  }

  /** A recent date within the episode: up to `spread` days before its end (or the extract's last day). */
  private recentDay(start: Day, end: Day | null, spread = 30): Day {
    const last = end ?? this.window.extractEnd;
    return Math.max(start, last - this.rng.int(0, spread));
  }
}
