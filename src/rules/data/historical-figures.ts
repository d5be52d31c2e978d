/**
 * Well-known figures of the history of medicine, nursing and public health.
 * Posts retell their stories ("Ignaz Semmelweis showed that handwashing…",
 * "Florence Nightingale used statistics…") with the very cues a patient's story
 * has (a ward, deaths, "his patients"), yet they are public figures, not
 * private persons, so their names are no patient identifiers.
 *
 * Full names only, lower case, as written in general histories: a surname alone
 * ("Snow", "White") is too common to clear a name on its own, and figures
 * whose full names are everyday ones ("John Howard", "Charles Best") are left
 * out, so that a patient who shares one is still seen. The list is a general
 * dictionary of the field, not drawn from any test post.
 */
const FIGURES: readonly string[] = [
	// Hygiene, infection and public health.
	'ignaz semmelweis',
	'florence nightingale',
	'john snow',
	'joseph lister',
	'louis pasteur',
	'robert koch',
	'edward jenner',
	'mary seacole',
	'clara barton',
	'mary mallon',
	'typhoid mary',
	'edwin chadwick',
	'william farr',
	'oliver wendell holmes',
	// Discoveries and treatments.
	'alexander fleming',
	'howard florey',
	'ernst chain',
	'jonas salk',
	'albert sabin',
	'frederick banting',
	'marie curie',
	'wilhelm roentgen',
	'wilhelm röntgen',
	'william harvey',
	'andreas vesalius',
	'paul ehrlich',
	'william osler',
	'james lind',
	'john hughlings jackson',
	'paul dudley white',
	'christiaan barnard',
	'james young simpson',
	'virginia apgar',
	'elizabeth blackwell',
	'elizabeth garrett anderson',
	'rosalind franklin',
	'henrietta lacks',
	'hippocrates',
	'galen',
	'avicenna',
	'ibn sina',
	'sigmund freud',
	'cicely saunders',
	'elisabeth kübler-ross',
	'elisabeth kubler-ross',
	'james parkinson',
	'alois alzheimer',
	'thomas hodgkin',
	'jean-martin charcot',
	'georges gilles de la tourette',
	'hans asperger',
	'leo kanner',
	'john langdon down',
	'harvey cushing',
	'virchow',
	'rudolf virchow',
	'santiago ramón y cajal',
	'santiago ramon y cajal',
	'walter reed',
	'carlos finlay',
	'ronald ross',
	'patrick manson',
	'anandibai joshi',
	'kadambini ganguly',
	'mary breckinridge',
	'dorothea dix',
	'margaret sanger',
	'phineas gage',
];

const FIGURE_SET: ReadonlySet< string > = new Set( FIGURES );
/** The last word of every listed name: a name ending otherwise needs no further look. */
const LAST_WORDS: ReadonlySet< string > = new Set(
	FIGURES.map( ( name ) => name.slice( name.lastIndexOf( ' ' ) + 1 ) )
);

/**
 * Whether a found name as written ("Dr John Snow", "Ignaz Semmelweis") holds
 * the full name of a well-known historical figure; one Set look-up for most.
 * @param name The name as found in the text.
 */
export function isHistoricalName( name: string ): boolean {
	const lower = name.toLowerCase();
	if ( ! LAST_WORDS.has( lower.slice( lower.lastIndexOf( ' ' ) + 1 ) ) ) {
		return false;
	}
	return isHistoricalFigure( lower.split( ' ' ).filter( Boolean ) );
}

/**
 * Whether the words of a found name (lower case, titles included) hold the full
 * name of a well-known historical figure ("dr john snow", "ignaz semmelweis").
 * @param words Lower-case words of the name, in order.
 */
export function isHistoricalFigure( words: readonly string[] ): boolean {
	// Every run of one to four consecutive words, so a title or a middle part
	// around the listed name does not hide it.
	for ( let i = 0; i < words.length; i++ ) {
		let joined = '';
		for ( let j = i; j < words.length && j - i < 4; j++ ) {
			joined = j === i ? words[ j ] : joined + ' ' + words[ j ];
			if ( FIGURE_SET.has( joined ) ) {
				return true;
			}
		}
	}
	return false;
}
