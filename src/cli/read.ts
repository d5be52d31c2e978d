/**
 * Reading post files for the linter: every file is read and checked before any
 * output, so a bad file never leaves partial JSON behind.
 */
import { readFileSync, statSync } from 'node:fs';

import { __, sprintf } from '@wordpress/i18n';

import { blockMarkupProblem } from '../engine/block-markup';

/** A file read as text, or why it could not be. */
export type ReadResult =
	{ ok: true; content: string } | { ok: false; message: string };

/**
 * Reads one file as UTF-8 text; refuses directories, binary data and invalid UTF-8.
 *
 * @param file Path as given on the command line.
 */
export function readPostFile( file: string ): ReadResult {
	let bytes: Buffer;
	try {
		const stat = statSync( file );
		if ( stat.isDirectory() ) {
			return {
				ok: false,
				message: sprintf(
					/* translators: %s: a path. */
					__(
						'%s: is a directory, not a post file.',
						'hcp-compliance'
					),
					file
				),
			};
		}
		bytes = readFileSync( file );
	} catch ( error ) {
		const code = ( error as NodeJS.ErrnoException ).code;
		if ( code === 'ENOENT' ) {
			return {
				ok: false,
				message: sprintf(
					/* translators: %s: a path. */
					__( '%s: no such file.', 'hcp-compliance' ),
					file
				),
			};
		}
		return {
			ok: false,
			message: sprintf(
				/* translators: 1: a path; 2: the system's reason. */
				__( '%1$s: cannot be read (%2$s).', 'hcp-compliance' ),
				file,
				( error as Error ).message
			),
		};
	}
	if ( bytes.includes( 0 ) ) {
		return {
			ok: false,
			message: sprintf(
				/* translators: %s: a path. */
				__(
					'%s: looks like a binary file (it holds NUL bytes), not post content.',
					'hcp-compliance'
				),
				file
			),
		};
	}
	let content: string;
	try {
		content = new TextDecoder( 'utf-8', { fatal: true } ).decode( bytes );
	} catch {
		return {
			ok: false,
			message: sprintf(
				/* translators: %s: a path. */
				__( '%s: is not valid UTF-8 text.', 'hcp-compliance' ),
				file
			),
		};
	}
	return {
		ok: true,
		content:
			content.charCodeAt( 0 ) === 0xfeff ? content.slice( 1 ) : content,
	};
}

/**
 * Describes markup the parser had to guess at (a block opened and never closed,
 * an unclosed comment), so the user knows the result may be partial; '' when sound.
 *
 * @param content Post content.
 */
export function markupWarning( content: string ): string {
	switch ( blockMarkupProblem( content ) ) {
		case 'unclosed-comment':
			return __(
				'an HTML comment is never closed; the text after it was not checked.',
				'hcp-compliance'
			);
		case 'unpaired':
			return __(
				'block comments do not pair up (a block is opened and not closed, or closed twice); it was checked as far as it could be read.',
				'hcp-compliance'
			);
		default:
			return '';
	}
}
