/**
 * The header a reader sees: shared by `save()` and the editor preview so the
 * two cannot drift apart.
 */
import { clean, currentLabels, fill, type LabelKey } from './labels';
import type { CredentialsBlockAttributes } from './types';

/**
 * Whether the block has anything to show.
 *
 * @param attributes Block attributes.
 * @return True when at least one field holds text or a capacity is chosen.
 */
export function hasContent( attributes: CredentialsBlockAttributes ): boolean {
	return (
		[
			attributes.name,
			attributes.credentials,
			attributes.specialty,
			attributes.registrationNumber,
			attributes.registrationBody,
			attributes.affiliation,
			attributes.disclosures,
		].some( ( value ) => clean( value ) !== '' ) ||
		attributes.capacity === 'independent' ||
		attributes.capacity === 'employer'
	);
}

/**
 * The lines of the header; every value is rendered as text, never as markup.
 *
 * @param props            Component props.
 * @param props.attributes Block attributes.
 * @return Paragraphs for the fields that are filled.
 */
export function CredentialsHeader( {
	attributes,
}: {
	attributes: CredentialsBlockAttributes;
} ) {
	const name = clean( attributes.name );
	const credentials = clean( attributes.credentials );
	const specialty = clean( attributes.specialty );
	const number = clean( attributes.registrationNumber );
	const body = clean( attributes.registrationBody );
	const affiliation = clean( attributes.affiliation );
	const disclosures = clean( attributes.disclosures );
	// Phrases come from the block when it has them (see labels.ts).
	const label = ( key: LabelKey ): string =>
		clean( attributes.labels?.[ key ] ) || currentLabels()[ key ];

	let registration = '';
	if ( number && body ) {
		registration = fill( label( 'numberAndBody' ), number, body );
	} else if ( number ) {
		registration = fill( label( 'numberOnly' ), number );
	} else if ( body ) {
		registration = fill( label( 'bodyOnly' ), body );
	}

	let capacity = '';
	if ( attributes.capacity === 'independent' ) {
		capacity = label( 'independent' );
	} else if ( attributes.capacity === 'employer' ) {
		capacity = affiliation
			? fill( label( 'employerNamed' ), affiliation )
			: label( 'employer' );
	}

	return (
		<>
			{ ( name || credentials ) && (
				<p className="hcp-compliance-credentials__byline">
					{ name && (
						<strong className="hcp-compliance-credentials__name">
							{ name }
						</strong>
					) }
					{ name && credentials && ', ' }
					{ credentials && (
						<span className="hcp-compliance-credentials__credentials">
							{ credentials }
						</span>
					) }
				</p>
			) }
			{ specialty && (
				<p className="hcp-compliance-credentials__specialty">
					{ specialty }
				</p>
			) }
			{ registration && (
				<p className="hcp-compliance-credentials__registration">
					{ registration }
				</p>
			) }
			{ affiliation && (
				<p className="hcp-compliance-credentials__affiliation">
					{ affiliation }
				</p>
			) }
			{ capacity && (
				<p className="hcp-compliance-credentials__capacity">
					{ capacity }
				</p>
			) }
			{ disclosures && (
				<p className="hcp-compliance-credentials__disclosures">
					<span className="hcp-compliance-credentials__disclosures-label">
						{ label( 'disclosures' ) }
					</span>{ ' ' }
					{ disclosures }
				</p>
			) }
		</>
	);
}
