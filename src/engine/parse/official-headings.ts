/**
 * The column headings of the official Ofsted Annex A template (August 2019 revision,
 * data/public/annex-a-template-2019.xlsx, row 2 of each List_n sheet), as Ofsted spells them.
 * Used for "Create blank source sheets" and by the synthetic sample, so what we write is what
 * an authority's own extract looks like. Local optional columns the product also reads
 * (District, Postcode, Contact/Referral Outcome) are added by those writers, not here.
 */
import type { ListNumber } from '../types';

export const OFFICIAL_TITLES: Record<ListNumber, string> = {
  1: 'List 1: Contacts',
  3: 'List 3: Referral',
  4: 'List 4: Assessments',
  6: 'List 6: Children in Need',
  7: 'List 7: Child protection',
  8: 'List 8: Children in care',
  9: 'List 9: Care leavers',
};

export const OFFICIAL_SHEET_NAMES: Record<ListNumber, string> = {
  1: 'List_1',
  3: 'List_3',
  4: 'List_4',
  6: 'List_6',
  7: 'List_7',
  8: 'List_8',
  9: 'List_9',
};

export const OFFICIAL_HEADINGS: Record<ListNumber, readonly string[]> = {
  1: ['Child Unique ID', 'Gender', 'Ethnicity', 'Date of Birth', 'Age of Child (Years)', 'Date of Contact', 'Contact Source'],
  3: [
    'Child Unique ID', 'Gender', 'Ethnicity', 'Date of Birth', 'Age of Child (Years)', 'Date of referral', 'Referral Source',
    'Referral NFA?', 'Number of Referrals in Last 12 Months', 'Allocated Team', 'Allocated Worker',
  ],
  4: [
    'Child Unique ID', 'Gender', 'Ethnicity', 'Date of Birth', 'Age of Child (Years)', 'Does the Child have a Disability',
    'Continuous Assessment Start Date', 'Child Seen During Continuous Assessment', 'Continuous Assessment Date of Authorisation',
    'Was the child assessed as requiring LA children’s social care support', 'Allocated Team', 'Allocated Worker',
  ],
  6: [
    'Child Unique ID', 'Gender', 'Ethnicity', 'Date of Birth', 'Age of Child (Years)', 'Does the Child have a Disability',
    'CIN Start Date', 'Primary Need Code', 'Date Child Was Last Seen', 'CIN Closure Date', 'Reason for Closure', 'Case status',
    'Allocated Team', 'Allocated Worker',
  ],
  7: [
    'Child Unique ID', 'Gender', 'Ethnicity', 'Date of Birth', 'Age of Child (Years)', 'Does the Child have a Disability',
    'Child Protection Plan Start Date', 'Initial Category of Abuse', 'Latest Category of Abuse', 'Date of the Last Statutory Visit',
    'Was the Child Seen Alone?', 'Date of latest review conference', 'Child Protection Plan End Date',
    'Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)',
    'Number of Previous Child Protection Plans', 'Allocated Team', 'Allocated Worker',
  ],
  8: [
    'Child Unique ID', 'Gender', 'Ethnicity', 'Date of Birth', 'Age of Child (Years)',
    'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)', 'Does the Child have a Disability',
    'Date Started to be Looked After', "Child's Category of Need",
    'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)',
    'Start date of current legal status', "Child's Legal Status", 'Date of Latest Statutory Review', 'Date of Last Social Work Visit',
    'What is the permanence plan for this child?', 'Date of Last IRO Visit / Contact to the Child', 'Date of Last Health Assessment',
    'Date of Last Dental Check', 'Number of Placements in the Last 12 months', 'Date Ceased to be Looked After ',
    'Reason Ceased to be Looked After', 'Start Date of Most Recent Placement', 'Placement Type', 'Placement Provider',
    'Placement postcode', 'URN of Placement', 'Placement Location', 'LA of Placement',
    'Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months',
    'Number of Episodes the Child has been ‘Absent’ from their Placement in the last 12 months',
    'Was the child offered a Return Interview after their last missing episode (Y/N)?',
    'Did the child accept a Return Interview after their last missing episode (Y/N)?', 'Allocated Team', 'Allocated Worker',
  ],
  9: [
    'Child Unique ID', 'Gender', 'Ethnicity', 'Date of Birth', 'Age of Child (Years)', 'Does the Child have a Disability',
    'Allocated Team', 'Allocated Worker', 'Eligibility Category', 'LA In Touch ', 'Type of Accommodation',
    'Suitability of Accommodation', 'Activity Status',
  ],
};
