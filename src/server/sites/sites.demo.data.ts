import type { Stage } from '../../core/sites/stages.ts';

/**
 * Demo replication sites. The networks are real (Centrales Villageoises, Bricobus) and the orders of magnitude follow
 * ../shared/research/domain.md (8 pilot sites from 2010 with five regional natural parks, first installations in
 * 2014, 33 companies in 4 régions in 2018, about 64 companies in 5 régions around 2023; 19 Bricobus vehicles in
 * 2021 including La Réunion). Each site row, its name, exact territory, stage and dates are SIMULATED: the
 * `data_note` column of every demo site says so, and the pages show it.
 */
export interface DemoSite {
  /** A commune of the site's territory (INSEE code); its EPCI is added by the seeder. */
  commune: string;
  name: string;
  /** First contact (interest), YYYY-MM. */
  start: string;
  stage: Stage;
  /** Stage reached before stopping (stopped sites only). */
  stoppedAfter?: Stage;
  public?: boolean;
  pilot?: boolean;
}

const cv = (
  commune: string,
  place: string,
  start: string,
  stage: Stage,
  extra: Partial<DemoSite> = {},
): DemoSite => ({
  commune,
  name: `Centrales Villageoises ${place}`,
  start,
  stage,
  public: stage !== 'interest',
  ...extra,
});

export const CENTRALES_SITES: DemoSite[] = [
  // The 8 pilot sites (2010-2015) with five regional natural parks: Vercors, Bauges, Monts d'Ardèche, Pilat, Baronnies.
  cv('38548', 'du Plateau du Vercors', '2010-06', 'autonomous', { pilot: true }),
  cv('38205', 'des Quatre Montagnes', '2010-06', 'autonomous', { pilot: true }),
  cv('73081', 'du Cœur des Bauges', '2010-09', 'autonomous', { pilot: true }),
  cv('73146', 'du Chéran', '2010-09', 'operating', { pilot: true }),
  cv('07107', 'des Sources de l’Ardèche', '2010-10', 'autonomous', { pilot: true }),
  cv('42168', 'du Pilat rhodanien', '2010-11', 'autonomous', { pilot: true }),
  cv('26220', 'du Pays nyonsais', '2011-01', 'operating', { pilot: true }),
  cv('26063', 'des Baronnies', '2011-01', 'stopped', {
    pilot: true,
    stoppedAfter: 'feasibility',
    public: false,
  }),
  // Auvergne-Rhône-Alpes, after the pilots.
  cv('26113', 'du Diois', '2015-03', 'operating'),
  cv('26289', 'de la Vallée de la Drôme', '2015-09', 'operating'),
  cv('38226', 'du Trièves', '2015-11', 'operating'),
  cv('69064', 'de la Région de Condrieu', '2016-02', 'operating'),
  cv('69141', 'du Pays mornantais', '2016-05', 'operating'),
  cv('73001', 'du Lac d’Aiguebelette', '2016-06', 'operating'),
  cv('38442', 'de Chartreuse', '2016-10', 'operating'),
  cv('43051', 'du Haut-Lignon', '2017-01', 'operating'),
  cv('63003', 'du Livradois-Forez', '2017-04', 'launch'),
  cv('74280', 'des Vallées de Thônes', '2017-06', 'operating'),
  cv('26108', 'du Crestois', '2017-09', 'operating'),
  cv('26309', 'du Royans-Vercors', '2018-01', 'operating'),
  cv('07010', 'du Bassin annonéen', '2018-05', 'launch'),
  cv('38416', 'du Sud Grésivaudan', '2018-09', 'operating'),
  cv('42147', 'du Forez', '2019-02', 'launch'),
  cv('26307', 'du Vercors drômois', '2019-06', 'stopped', { stoppedAfter: 'opportunity', public: false }),
  cv('74056', 'de la Vallée de Chamonix', '2020-03', 'feasibility'),
  cv('07132', 'du Val de Ligne', '2021-01', 'feasibility'),
  cv('69243', 'de l’Ouest rhodanien', '2022-02', 'opportunity'),
  cv('63430', 'de la Montagne thiernoise', '2023-03', 'opportunity'),
  cv('43040', 'du Brivadois', '2024-05', 'interest'),
  cv('15138', 'des Hautes Terres', '2025-02', 'interest'),
  // Provence-Alpes-Côte d'Azur.
  cv('05126', 'du Rosanais', '2012-03', 'operating'),
  cv('04088', 'du Pays de Forcalquier', '2017-10', 'operating'),
  cv('05046', 'de Serre-Ponçon', '2019-04', 'launch'),
  cv('04019', 'de l’Ubaye', '2021-09', 'feasibility'),
  cv('04070', 'du Pays dignois', '2024-01', 'interest'),
  // Occitanie.
  cv('34142', 'du Lodévois et Larzac', '2018-03', 'operating'),
  cv('12145', 'des Grands Causses', '2019-10', 'launch'),
  cv('46102', 'du Grand-Figeac', '2021-04', 'feasibility'),
  cv('12208', 'du Saint-Affricain', '2022-10', 'opportunity'),
  cv('66149', 'du Conflent', '2023-09', 'opportunity'),
  // Grand Est.
  cv('68226', 'de la Vallée de Munster', '2018-11', 'operating'),
  cv('68298', 'du Val d’Argent', '2020-06', 'launch'),
  cv('88413', 'de la Déodatie', '2023-01', 'opportunity'),
  // Nouvelle-Aquitaine.
  cv('87064', 'des Portes de Vassivière', '2019-05', 'launch'),
  cv('23079', 'de Creuse Grand Sud', '2021-11', 'feasibility'),
  cv('19028', 'de Haute-Corrèze', '2024-03', 'interest'),
];

const bb = (commune: string, place: string, start: string, stage: Stage): DemoSite => ({
  commune,
  name: `Bricobus ${place}`,
  start,
  stage,
  public: true,
});

export const BRICOBUS_SITES: DemoSite[] = [
  bb('45208', 'de l’Agglomération montargoise', '2017-09', 'operating'),
  bb('41269', 'du Vendômois', '2018-04', 'operating'),
  bb('41194', 'du Romorantinais', '2019-10', 'launch'),
  bb('97416', 'du Sud de La Réunion', '2019-03', 'operating'),
  bb('64422', 'du Haut Béarn', '2023-05', 'feasibility'),
];

/** Months spent in each stage before the next one, for the simulated histories. */
export const MONTHS_IN_STAGE: Record<Exclude<Stage, 'stopped' | 'autonomous'>, number> = {
  interest: 5,
  opportunity: 8,
  feasibility: 10,
  launch: 9,
  operating: 48,
};

export const SIMULATED_NOTE =
  'Site de démonstration simulé : le réseau est réel, mais ce site, son territoire exact, son étape et ses dates sont inventés d’après les ordres de grandeur publics du réseau.';
export const PILOT_NOTE =
  'Site pilote simulé : les 8 sites pilotes (2010-2015, cinq parcs naturels régionaux) sont réels, mais ce site, son territoire exact et ses dates sont reconstitués pour la démonstration.';
