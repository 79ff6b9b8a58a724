/** Training sessions: a cohort, several web conferences, registrations, attendance and what comes after. */
export type TrainingStatus = 'draft' | 'published' | 'closed' | 'archived';
export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'offered' | 'cancelled' | 'refused';

export interface TrainingSessionTable {
  id: string;
  /** The organising organisation (the network that trains). */
  organisation_id: string;
  title: string;
  why: string;
  for_whom: string;
  /** JSON: string[] */
  objectives: string;
  programme: string;
  /** JSON: [{name, role, organisation}] */
  speakers: string;
  capacity: number;
  /** ISO UTC: registration is open until this instant. */
  registration_deadline: string;
  membership_required: number;
  membership_form: Uint8Array | null;
  membership_form_name: string | null;
  membership_form_type: string | null;
  /** JSON: {name, phone, email} */
  contact: string;
  /** JSON: string[] method page ids */
  method_page_ids: string;
  /** JSON: string[] library project ids (case studies) */
  case_study_project_ids: string;
  status: TrainingStatus;
  /** Secret of the read-only calendar feed URL. */
  feed_token: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface TrainingMeetingTable {
  id: string;
  session_id: string;
  title: string;
  case_study_project_id: string | null;
  /** UTC instants. */
  starts_at: string;
  ends_at: string;
  /** The same in Europe/Paris, as entered: 2027-01-15, 10:00, 12:00. */
  local_date: string;
  local_start: string;
  local_end: string;
  conference_url: string | null;
  ics_uid: string;
  ics_sequence: number;
  cancelled_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface TrainingRegistrationTable {
  id: string;
  session_id: string;
  user_id: string;
  organisation_id: string | null;
  project_id: string | null;
  status: RegistrationStatus;
  reason: string | null;
  membership_confirmed: number;
  /** The participant lets the facilitator see their diagnostics and plans in the cohort view. */
  share_consent: number;
  offer_expires_at: string | null;
  /** Order on the waitlist (arrival order). */
  position: number;
  created_at: string;
  updated_at: string;
}

export interface TrainingAttendanceTable {
  registration_id: string;
  meeting_id: string;
  present: number;
  /** 'facilitator' | 'self' */
  marked_by_kind: string;
  marked_by: string;
  marked_at: string;
}

export interface TrainingSurveyTable {
  session_id: string;
  user_id: string;
  /** JSON: {overall 1-5, usefulness 1-5, recommend boolean, comment} */
  answers: string;
  created_at: string;
}

export interface TrainingResourceTable {
  id: string;
  session_id: string;
  kind: 'file' | 'link' | 'replay';
  title: string;
  url: string | null;
  file: Uint8Array | null;
  file_name: string | null;
  file_type: string | null;
  created_by: string;
  created_at: string;
}

/** A project's organisation invites a facilitator to follow the project over months. */
export interface FacilitatorFollowTable {
  id: string;
  project_id: string;
  organisation_id: string;
  facilitator_user_id: string;
  invited_by: string;
  created_at: string;
  ended_at: string | null;
  /** Private notes of the facilitator on this project. */
  notes: string;
  notes_updated_at: string | null;
}

export interface TrainingTables {
  training_sessions: TrainingSessionTable;
  training_meetings: TrainingMeetingTable;
  training_registrations: TrainingRegistrationTable;
  training_attendance: TrainingAttendanceTable;
  training_surveys: TrainingSurveyTable;
  training_resources: TrainingResourceTable;
  facilitator_follows: FacilitatorFollowTable;
}
