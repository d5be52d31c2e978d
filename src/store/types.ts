/**
 * Types of the practice policy store: the policy an administrator set, and the
 * audit trail of what authors chose (dismissals, restores, overrides).
 */
import type { RuleSetting } from '../engine/types';

/** How a practice treats one rule: not checked, shown as advice, or required before publishing. */
export type PolicyLevel = 'off' | 'advise' | 'require';

/** Why a finding was dismissed or the publish gate overridden. */
export type DismissalReason =
	| 'consent-on-file'
	| 'composite-case'
	| 'not-a-patient'
	| 'false-positive'
	| 'other';

/** Kinds of audit entries; a `restore` ends the dismissal of the same fingerprint. */
export type AuditEntryType = 'dismissal' | 'restore' | 'override';

/** One entry of the `_hcp_compliance_audit` post meta (shape fixed by its REST schema). */
export interface AuditEntry {
	type: AuditEntryType;
	ruleId: string;
	fingerprint: string;
	/** Short excerpt; initials only for privacy rules. */
	excerpt: string;
	/** Empty for restores. */
	reason: DismissalReason | '';
	comment: string;
	/** User ID (the server stamps it on save). */
	user: number;
	userName: string;
	/** ISO 8601 time (the server stamps it on save). */
	time: string;
}

/** The policy as the editor receives it (`hcpCompliance` in the editor settings). */
export interface Policy {
	rules: Record< string, PolicyLevel >;
	disclaimerText: string;
	affiliation: string;
	officialContacts: string[];
	/** Whether the current user may override the publish gate. */
	canOverride: boolean;
}

/** State of the store: a policy received explicitly, else the editor settings' one is used. */
export interface State {
	policy: Policy | null;
}

/** Action: a policy to use instead of the editor settings' one. */
export interface ReceivePolicyAction {
	type: 'RECEIVE_POLICY';
	policy: Policy;
}

/** Every action the reducer handles. */
export type Action = ReceivePolicyAction | { type: '@@INIT' };

/** Engine rule settings derived from a policy. */
export type RuleSettings = Record< string, RuleSetting >;
