import { defineNamespace } from '../../i18n/define-namespace.ts';

export const home = defineNamespace({
  fr: {
    pageTitle: 'Accueil',
    title: 'Faire grandir les projets qui ont fait leurs preuves',
    intro:
      'Essaim aide les acteurs du développement local à changer d’échelle un projet pilote d’innovation sociale et territoriale : toucher plus de monde sur le même territoire, s’étendre à d’autres territoires, ou le faire essaimer, c’est-à-dire le reproduire ailleurs.',
    audiencesTitle: 'Pour qui ?',
    audiences: {
      carriers: {
        title: 'Porteurs qui transmettent',
        text: 'Votre projet marche et d’autres voudraient le reprendre. Vérifiez que le changement d’échelle a du sens et que vous êtes prêts, décrivez ce qui doit rester fixe et ce qui peut s’adapter, puis accompagnez les sites qui reproduisent votre projet.',
      },
      replicators: {
        title: 'Territoires qui reproduisent',
        text: 'Une expérience réussie ailleurs vous intéresse. Trouvez des projets et des modèles, vérifiez qu’un modèle convient à votre territoire et à vos moyens, puis préparez votre plan.',
      },
      networks: {
        title: 'Têtes de réseau',
        text: 'Vous animez un réseau de sites. Suivez où en est chaque site, partagez les ressources du modèle et suivez des indicateurs communs.',
      },
      facilitators: {
        title: 'Animateurs et formateurs',
        text: 'Vous accompagnez des porteurs et des territoires. Appuyez-vous sur une méthode qui cite ses sources et organisez des formations en plusieurs visioconférences.',
      },
    },
    linksLabel: 'Pour commencer :',
    capabilitiesTitle: 'Tout ce que propose Essaim',
    capabilitiesIntro:
      'Plusieurs de ces outils sont encore en construction : chaque page indique ce qui est déjà disponible.',
  },
  en: {
    pageTitle: 'Home',
    title: 'Helping projects that have proved themselves grow',
    intro:
      'Essaim helps local development actors scale up a pilot project of social and territorial innovation: reach more people in the same territory, expand to other territories, or spread it, that is, have it reproduced elsewhere.',
    audiencesTitle: 'Who is it for?',
    audiences: {
      carriers: {
        title: 'Carriers who pass on their know-how',
        text: 'Your project works and others would like to take it up. Check that scaling up makes sense and that you are ready, describe what must stay fixed and what can be adapted, then support the sites that reproduce your project.',
      },
      replicators: {
        title: 'Territories that reproduce a project',
        text: 'A success story from elsewhere interests you. Find projects and models, check that a model fits your territory and your means, then prepare your plan.',
      },
      networks: {
        title: 'Network leaders',
        text: 'You run a network of sites. See where each site stands, share the model’s resources and follow common indicators.',
      },
      facilitators: {
        title: 'Facilitators and trainers',
        text: 'You support carriers and territories. Rely on a method that cites its sources and run training made of several web conferences.',
      },
    },
    linksLabel: 'To get started:',
    capabilitiesTitle: 'Everything Essaim offers',
    capabilitiesIntro:
      'Several of these tools are still being built: each page says what is already available.',
  },
});
