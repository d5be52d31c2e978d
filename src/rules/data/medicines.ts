/**
 * Words that name a medicine, used to tell an instruction about a medicine
 * ("stop taking your statin") from everyday advice ("stop smoking").
 *
 * Three sources, all general: WHO International Nonproprietary Name stems
 * (the endings that mark a drug class), common generic names whose stem is not
 * distinctive, and everyday nouns for medicines, doses and classes.
 */

/**
 * INN stems (WHO "The use of stems in the selection of INNs"), matched as word
 * endings; each is long enough not to end ordinary English words.
 */
export const MEDICINE_SUFFIXES: ReadonlyArray< {
	suffix: string;
	note: string;
} > = [
	{ suffix: 'statin', note: 'HMG-CoA reductase inhibitors (atorvastatin)' },
	{ suffix: 'pril', note: 'ACE inhibitors (ramipril)' },
	{ suffix: 'sartan', note: 'angiotensin receptor blockers (losartan)' },
	{ suffix: 'olol', note: 'beta blockers (bisoprolol)' },
	{ suffix: 'dipine', note: 'calcium channel blockers (amlodipine)' },
	{ suffix: 'xaban', note: 'factor Xa inhibitors (apixaban)' },
	{ suffix: 'gatran', note: 'thrombin inhibitors (dabigatran)' },
	{ suffix: 'gliflozin', note: 'SGLT2 inhibitors (empagliflozin)' },
	{ suffix: 'gliptin', note: 'DPP-4 inhibitors (sitagliptin)' },
	{ suffix: 'glutide', note: 'GLP-1 receptor agonists (semaglutide)' },
	{ suffix: 'tirzepatide', note: 'GIP/GLP-1 agonist' },
	{ suffix: 'formin', note: 'biguanides (metformin)' },
	{ suffix: 'glitazone', note: 'thiazolidinediones (pioglitazone)' },
	{ suffix: 'prazole', note: 'proton pump inhibitors (omeprazole)' },
	{ suffix: 'tidine', note: 'H2 blockers (famotidine)' },
	{ suffix: 'cillin', note: 'penicillins (amoxicillin)' },
	{ suffix: 'mycin', note: 'macrolides and aminoglycosides (azithromycin)' },
	{ suffix: 'floxacin', note: 'fluoroquinolones (ciprofloxacin)' },
	{ suffix: 'cycline', note: 'tetracyclines (doxycycline)' },
	{ suffix: 'conazole', note: 'azole antifungals (fluconazole)' },
	{ suffix: 'vir', note: 'antivirals (aciclovir, oseltamivir)' },
	{ suffix: 'oxetine', note: 'SNRIs/SSRIs (fluoxetine, duloxetine)' },
	{ suffix: 'aline', note: 'sertraline and relatives' },
	{ suffix: 'pram', note: 'citalopram, escitalopram' },
	{ suffix: 'triptyline', note: 'tricyclic antidepressants (amitriptyline)' },
	{ suffix: 'azepam', note: 'benzodiazepines (diazepam)' },
	{ suffix: 'azolam', note: 'benzodiazepines (alprazolam)' },
	{ suffix: 'apine', note: 'antipsychotics (olanzapine, quetiapine)' },
	{ suffix: 'idone', note: 'antipsychotics (risperidone)' },
	{ suffix: 'triptan', note: 'migraine triptans (sumatriptan)' },
	{ suffix: 'sone', note: 'corticosteroids (prednisone, hydrocortisone)' },
	{ suffix: 'solone', note: 'corticosteroids (prednisolone)' },
	{ suffix: 'methasone', note: 'corticosteroids (dexamethasone)' },
	{
		suffix: 'meterol',
		note: 'long-acting beta-2 agonists (salmeterol); not "-terol", which ends cholesterol',
	},
	{ suffix: 'moterol', note: 'long-acting beta-2 agonists (formoterol)' },
	{ suffix: 'butamol', note: 'salbutamol / albuterol family' },
	{ suffix: 'tropium', note: 'antimuscarinic inhalers (tiotropium)' },
	{ suffix: 'mab', note: 'monoclonal antibodies (adalimumab)' },
	{ suffix: 'tinib', note: 'kinase inhibitors (imatinib)' },
	{ suffix: 'parin', note: 'heparins (enoxaparin)' },
	{ suffix: 'profen', note: 'NSAIDs (ibuprofen)' },
	{ suffix: 'fenac', note: 'NSAIDs (diclofenac)' },
	{ suffix: 'coxib', note: 'COX-2 inhibitors (celecoxib)' },
	{ suffix: 'tadine', note: 'antihistamines (loratadine)' },
	{ suffix: 'tirizine', note: 'antihistamines (cetirizine)' },
	{ suffix: 'xetine', note: 'SSRIs (paroxetine)' },
	{ suffix: 'semide', note: 'loop diuretics (furosemide)' },
	{ suffix: 'thiazide', note: 'thiazide diuretics' },
	{ suffix: 'lukast', note: 'leukotriene antagonists (montelukast)' },
	{ suffix: 'dronate', note: 'bisphosphonates (alendronate)' },
	{ suffix: 'thyroxine', note: 'levothyroxine' },
	{ suffix: 'codone', note: 'opioids (oxycodone)' },
	{ suffix: 'morphone', note: 'opioids (hydromorphone)' },
	{ suffix: 'gabalin', note: 'gabapentinoids (pregabalin)' },
	{ suffix: 'pentin', note: 'gabapentin' },
	{ suffix: 'setron', note: 'antiemetics (ondansetron)' },
	{
		suffix: 'zosin',
		note: 'alpha blockers (tamsulosin is separate; doxazosin)',
	},
	{ suffix: 'sulosin', note: 'tamsulosin' },
	{ suffix: 'afil', note: 'PDE5 inhibitors (sildenafil)' },
	{ suffix: 'vastatin', note: 'statins (simvastatin)' },
	{ suffix: 'clovir', note: 'antivirals (valaciclovir)' },
	{ suffix: 'estradiol', note: 'oestrogens' },
];

/** Generic names and everyday medicine words that carry no distinctive stem. */
export const MEDICINE_WORDS: ReadonlySet< string > = new Set( [
	// Everyday nouns for medicines and doses.
	'medicine',
	'medicines',
	'medication',
	'medications',
	'meds',
	'drug',
	'drugs',
	'tablet',
	'tablets',
	'pills',
	'capsule',
	'capsules',
	'dose',
	'doses',
	'dosage',
	'prescription',
	'prescriptions',
	'injection',
	'injections',
	'jab',
	'inhaler',
	'inhalers',
	'patch',
	'patches',
	'cream',
	'drops',
	'supplement',
	'supplements',
	'vitamin',
	'vitamins',
	// Classes people name in everyday speech.
	'statin',
	'statins',
	'antibiotic',
	'antibiotics',
	'antidepressant',
	'antidepressants',
	'antihistamine',
	'antihistamines',
	'steroid',
	'steroids',
	'painkiller',
	'painkillers',
	'thinners',
	'anticoagulant',
	'anticoagulants',
	'diuretic',
	'diuretics',
	'insulin',
	'hrt',
	'contraceptive',
	'pill',
	'nsaid',
	'nsaids',
	'ppi',
	'ssri',
	'ssris',
	'opioid',
	'opioids',
	'laxative',
	'laxatives',
	'beta-blocker',
	'beta-blockers',
	// Common generics without a distinctive stem.
	'paracetamol',
	'acetaminophen',
	'aspirin',
	'ibuprofen',
	'naproxen',
	'codeine',
	'tramadol',
	'morphine',
	'warfarin',
	'clopidogrel',
	'digoxin',
	'amiodarone',
	'levothyroxine',
	'thyroxine',
	'lithium',
	'metformin',
	'gliclazide',
	'glipizide',
	'glimepiride',
	'sulfonylurea',
	'allopurinol',
	'colchicine',
	'methotrexate',
	'hydroxychloroquine',
	'prednisone',
	'prednisolone',
	'spironolactone',
	'furosemide',
	'bumetanide',
	'isotretinoin',
	'tretinoin',
	'melatonin',
	'magnesium',
	'iron',
	'zinc',
	'valerian',
	'turmeric',
	'cohosh',
	'ashwagandha',
	'diphenhydramine',
	'loperamide',
	'omeprazole',
	'ranitidine',
	'salbutamol',
	'albuterol',
	'epinephrine',
	'adrenaline',
	'estrogen',
	'oestrogen',
	'progesterone',
	'testosterone',
	'finasteride',
	'minoxidil',
	'sertraline',
	'fluoxetine',
	'citalopram',
	'venlafaxine',
	'mirtazapine',
	'bupropion',
	'naltrexone',
	'buprenorphine',
	'methadone',
	'cetirizine',
	'loratadine',
	'fexofenadine',
	'amoxicillin',
	'penicillin',
	'nitrofurantoin',
	'trimethoprim',
	'doxycycline',
	'semaglutide',
	'ozempic',
	'wegovy',
	'mounjaro',
] );

/** Cephalosporins and a few other classes are marked by a prefix, not a suffix. */
export const MEDICINE_PREFIXES: readonly string[] = [ 'cef', 'ceph' ];

/** Dose units: "400 mg", "1 g", "10 units", "2 puffs", "two tablets". */
export const DOSE_UNITS: ReadonlySet< string > = new Set( [
	'mg',
	'mcg',
	'µg',
	'g',
	'ml',
	'iu',
	'units',
	'unit',
	'puffs',
	'puff',
	'tablets',
	'tablet',
	'capsules',
	'capsule',
	'pills',
	'drops',
	'sprays',
	'mmol',
] );

const suffixes = MEDICINE_SUFFIXES.map( ( s ) => s.suffix );

/**
 * Whether a folded word names a medicine (by list, stem or prefix).
 * @param word
 */
export function isMedicineWord( word: string ): boolean {
	if ( MEDICINE_WORDS.has( word ) ) {
		return true;
	}
	if ( word.length < 6 ) {
		return false;
	}
	for ( const suffix of suffixes ) {
		if ( word.endsWith( suffix ) && word.length > suffix.length + 2 ) {
			return true;
		}
	}
	return MEDICINE_PREFIXES.some(
		( p ) => word.startsWith( p ) && word.length > 7
	);
}
