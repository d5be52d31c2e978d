/**
 * Valid/invalid table for professionalism/disrespectful-language.
 */
import rule from '../disrespectful-language';
import { runSpanRule } from './helpers';

const valid = [
	'Planning a cheat day is harder when fasting-friendly cheats are in every shop.',
	'She kept missing-dose diaries and never lied to us about them.',
	'Ten time-saving cheats for packing a healthy lunch.',
	'Vultures circled the carcass in the documentary.',
	'Diabetics should check their feet daily.',
	'Some smokers find patches helpful.',
	'The app is non-compliant with HIPAA.',
	'Frequent flyers on long-haul flights should move around the cabin.',
	'Exercise tips for lazy people.',
	'Labels like “frequent flyer”, “drug seeker” and “bed blocker” are still heard on wards.',
	'Instead of “frequent flyer”: a person who attends often.',
	'I dislike the word “noncompliant”, which still turns up in letters.',
	'We no longer say frequent flyer on our unit.',
	'Don’t call them ‘junkies’.',
	'I use my frequent flyer miles for conferences.',
	'I felt like an idiot when I forgot my stethoscope.',
	'I’m a total chocolate addict.',
	'Alcoholic drinks raise blood pressure.',
	'I felt like a vulture hovering over the last biscuit.',
	'A person who attends often may have unmet needs.',
	'Patients are not lazy; they face real barriers.',
	'Her family were a great support through the admission.',
	'The patient was in a lot of pain overnight.',
	'My patients were mad at me for running late.',
	'Patients are entitled to a copy of their records.',
	'Grilled fish is easier on the gallbladder than fatty cuts of lamb.',
	'Ultrasound showed a fatty liver, which weight loss can reverse.',
	'She was hit by a drunk driver on the way home from her shift.',
	'He took an overdose in his room and his flatmate found him.',
	'The stroke unit had two free beds this morning.',
	'Ms Fennell in bed 2 has fibromyalgia and went home with a new plan.',
	'Lady Gregory founded the theatre in 1904.',
	'How Not to Miss Seizures in Young Children',
	'Our old handover sheets read like a charge list. “Nutter”, “druggie” and “timewaster”. Those days are gone.',
	'A new porter asked why the night staff still call him “the junkie”. I said that they shouldn’t.',
];

const invalid: Array< [ string, string, string ] > = [
	[
		'Our clinic list is full of pill-hoarding liars this month.',
		'pill-hoarding liars',
		'patients',
	],
	[
		'The noncompliant diabetics on my list never listen.',
		'noncompliant diabetics',
		'diabetics',
	],
	[
		'His sons stood over us arguing about the will, a right pack of vultures.',
		'pack of vultures',
		'relatives',
	],
	[
		'Half the waiting room are benefit scroungers.',
		'benefit scroungers',
		'patients',
	],
	[
		'He was noncompliant again, so we discharged him.',
		'noncompliant',
		'not taking the treatment as prescribed',
	],
	[
		'The crazy old lady in bed 3 kept shouting.',
		'crazy old lady',
		'distressed old lady',
	],
	[
		'Every ER has its frequent flyers.',
		'frequent flyers',
		'people who attend often',
	],
	[
		'Then there are the drug seekers.',
		'drug seekers',
		'people asking for pain relief',
	],
	[
		'The crazy patient in bay 4 shouted all night.',
		'crazy patient',
		'distressed patient',
	],
	[
		'He is officially a bed blocker.',
		'bed blocker',
		'person waiting for discharge support',
	],
	[
		'Some will be noncompliant idiots who skip insulin.',
		'noncompliant idiots',
		'patients',
	],
	[
		'Every day I see lazy patients who never floss.',
		'lazy patients',
		'patients',
	],
	[
		'Honestly, some of these whiners should be banned.',
		'whiners',
		'patients who raise concerns',
	],
	[ 'The junkies in bed 3 kept buzzing.', 'junkies', 'people who use drugs' ],
	[
		'By two o’clock the drunk on the corridor trolley had fallen asleep.',
		'the drunk',
		'the patient who was intoxicated',
	],
	[
		'Handover was quick: the psych in cubicle 4 is waiting for a bed.',
		'the psych',
		'the patient',
	],
	[
		'The hip in bay 2 needs her analgesia reviewed.',
		'The hip',
		'The patient',
	],
	[
		'Guess who rang the buzzer again tonight: Mrs Migraine.',
		'Mrs Migraine',
		'the patient',
	],
	[
		'The night staff still call him “the junkie”. He doesn’t seem to mind.',
		'junkie',
		'person who uses drugs',
	],
	[
		'“Nutter,” she muttered as he was wheeled past.',
		'Nutter',
		'Person in distress',
	],
	[
		'Mr Chest Pain was back for the fifth time this month.',
		'Mr Chest Pain',
		'The patient',
	],
	[
		'Some patients are just lazy and entitled.',
		'lazy and entitled',
		'having a hard time',
	],
	[
		'Her family were a complete nightmare all week.',
		'a complete nightmare',
		'having a hard time',
	],
];

describe( 'professionalism/disrespectful-language', () => {
	it.each( valid )(
		'should not flag mentions to discourage or other meanings: %s',
		( text ) => {
			expect( runSpanRule( rule, text ) ).toEqual( [] );
		}
	);

	it.each( invalid )( 'should flag %s', ( text, excerpt, fix ) => {
		const [ finding, ...rest ] = runSpanRule( rule, text );
		expect( rest ).toEqual( [] );
		expect( finding.excerpt ).toBe( excerpt );
		expect( finding.fix ).toBe( fix );
	} );

	it( 'should be an error: contempt for patients is a conduct matter', () => {
		expect( rule.meta.severity ).toBe( 'error' );
	} );
} );
