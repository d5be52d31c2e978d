/**
 * Valid/invalid table for legality/unattributed-media.
 */
import rule, { isAttribution } from '../unattributed-media';
import { makeContext, makeMedia } from './helpers';

const url = 'https://example.org/wp-content/uploads/photo.jpg';

const credited = [
	'Flu vaccine being drawn up. Photo: CDC/James Gathany (public domain).',
	'GlowLab serum. Product photo supplied by GlowLab.',
	'Video: Asthma + Lung UK, “How to use an inhaler”, via YouTube.',
	'The Eatwell Guide. Image: Public Health England, Open Government Licence v3.0.',
	'The BrightArc S2 I tested. Image courtesy of BrightArc Oral Care.',
	'My morning cup! Photo: my own.',
	'A shade guide. Photo: Dr Priya Shah, own work.',
	'© 2024 Smile Harbour Dental',
	'Diagram by the author, CC BY 4.0',
	'Credit: Getty Images',
	'Own photo.',
	'Adapted from the NHS website.',
];

const uncredited = [
	'Figure 2: Blood pressure over a day.',
	'Diagram: how the heart pumps.',
	'',
	'A photo of our waiting room.',
	'Our quiet treatment room, with dimmable lighting.',
];

describe( 'legality/unattributed-media', () => {
	it.each( credited )(
		'should accept a caption that credits the media: %s',
		( caption ) => {
			expect(
				rule.checkMedia( makeMedia( url, caption ), makeContext() )
			).toEqual( [] );
		}
	);

	it.each( uncredited )(
		'should flag media whose caption credits nothing: "%s"',
		( caption ) => {
			expect(
				rule.checkMedia( makeMedia( url, caption ), makeContext() )
			).toEqual( [
				{ messageId: 'noCredit', range: [ 0, url.length ] },
			] );
		}
	);

	it( 'should not take alt text as attribution', () => {
		const media = makeMedia( url, '', { alt: 'Photo: CDC' } );
		expect( rule.checkMedia( media, makeContext() ) ).toHaveLength( 1 );
	} );

	it( 'should accept a credit line right after the media in a classic post', () => {
		const media = makeMedia( url, '', {
			nearbyText: 'Photo: Jane Doe\nMore text follows.',
		} );
		expect( rule.checkMedia( media, makeContext() ) ).toEqual( [] );
		const plain = makeMedia( url, '', {
			nearbyText: 'Weeks 0 to 2: getting moving, via the ward',
		} );
		expect( rule.checkMedia( plain, makeContext() ) ).toHaveLength( 1 );
	} );

	it( 'should flag an embed with no caption', () => {
		const embed = makeMedia( 'https://www.youtube.com/watch?v=abc', '', {
			blockName: 'core/embed',
		} );
		expect( rule.checkMedia( embed, makeContext() ) ).toHaveLength( 1 );
		expect( isAttribution( 'A photo of the clinic' ) ).toBe( false );
	} );
} );
