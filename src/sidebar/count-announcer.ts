/**
 * Tells screen-reader users when the number of compliance issues changes,
 * at most once every few seconds so that typing is not drowned in speech.
 */
import { speak } from '@wordpress/a11y';
import { useEffect, useRef } from '@wordpress/element';
import { summarizeFindings } from './group-findings';
import type { Finding } from '../engine/types';

/** Minimum time between two announcements. */
export const ANNOUNCE_INTERVAL_MS = 3000;

/**
 * Announces the summary ("3 issues: 1 required, 2 advised") when it changes;
 * a change within the interval is announced at its end, only the latest.
 *
 * @param findings  The findings not dismissed.
 * @param isPending Whether an analysis of newer text is on its way.
 */
export function useCountAnnouncements(
	findings: Finding[],
	isPending: boolean
): void {
	const summary = isPending ? undefined : summarizeFindings( findings );
	const lastSpoken = useRef< string | undefined >();
	const lastTime = useRef( 0 );
	const timer = useRef< ReturnType< typeof setTimeout > | undefined >();

	useEffect( () => {
		if ( summary === undefined || summary === lastSpoken.current ) {
			return;
		}
		const announce = () => {
			lastSpoken.current = summary;
			lastTime.current = Date.now();
			speak( summary, 'polite' );
		};
		const wait = lastTime.current + ANNOUNCE_INTERVAL_MS - Date.now();
		clearTimeout( timer.current );
		if ( wait <= 0 ) {
			announce();
		} else {
			timer.current = setTimeout( announce, wait );
		}
	}, [ summary ] );

	useEffect( () => () => clearTimeout( timer.current ), [] );
}
