/**
 * Pure helpers over the audit trail: which dismissals are in force, and how an
 * entry is written so that the trail never keeps the identifier it is about.
 */
import type { Finding } from '../engine/types';
import type { AuditEntry, AuditEntryType, DismissalReason } from './types';

/** Longest excerpt kept in the trail (the server applies the same limit). */
const MAX_EXCERPT = 120;

/**
 * Shortens an excerpt, keeping only initials for privacy rules ("Maria Lopez" → "M… L…").
 *
 * @param excerpt Text the finding points at.
 * @param ruleId  Rule that found it.
 * @return Excerpt safe to store.
 */
export function auditExcerpt( excerpt: string, ruleId: string ): string {
	const text = excerpt.replace( /\s+/g, ' ' ).trim();
	const safe = ruleId.startsWith( 'privacy/' )
		? text
				.split( ' ' )
				.filter( Boolean )
				.map( ( word ) => Array.from( word )[ 0 ] + '…' )
				.join( ' ' )
		: text;
	return Array.from( safe ).slice( 0, MAX_EXCERPT ).join( '' );
}

/** Who acts and when; the server replaces both on save, so they are for display until then. */
export interface Actor {
	user: number;
	userName: string;
	time: string;
}

/**
 * Builds an audit entry about a finding.
 *
 * @param type    Kind of entry.
 * @param finding The finding (its rule, fingerprint and excerpt are kept).
 * @param reason  Reason given ('' for a restore).
 * @param comment Free-text comment.
 * @param actor   Who acts and when.
 * @return The entry.
 */
export function createAuditEntry(
	type: AuditEntryType,
	finding: Pick< Finding, 'ruleId' | 'fingerprint' | 'excerpt' >,
	reason: DismissalReason | '',
	comment: string,
	actor: Actor
): AuditEntry {
	return {
		type,
		ruleId: finding.ruleId,
		fingerprint: finding.fingerprint,
		excerpt: auditExcerpt( finding.excerpt ?? '', finding.ruleId ),
		reason,
		comment: comment.trim(),
		user: actor.user,
		userName: actor.userName,
		time: actor.time,
	};
}

/**
 * The dismissals in force: for each fingerprint, its latest dismissal unless a restore followed it.
 *
 * @param trail Audit entries in the order they were recorded.
 * @return Active dismissal entries, oldest first.
 */
export function activeDismissals( trail: readonly AuditEntry[] ): AuditEntry[] {
	const active = new Map< string, AuditEntry >();
	for ( const entry of trail ) {
		if ( entry.type === 'dismissal' ) {
			active.delete( entry.fingerprint );
			active.set( entry.fingerprint, entry );
		} else if ( entry.type === 'restore' ) {
			active.delete( entry.fingerprint );
		}
	}
	return Array.from( active.values() );
}

/**
 * Whether a value read from post meta is an audit trail (an array of entries with a known type).
 *
 * @param value Meta value.
 * @return True when usable as a trail.
 */
export function isAuditTrail( value: unknown ): value is AuditEntry[] {
	return (
		Array.isArray( value ) &&
		value.every(
			( entry ) =>
				typeof entry === 'object' &&
				entry !== null &&
				[ 'dismissal', 'restore', 'override' ].includes(
					( entry as { type?: unknown } ).type as string
				)
		)
	);
}
