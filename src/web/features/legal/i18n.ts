import { defineNamespace } from '../../i18n/define-namespace.ts';

// Legal pages. Instance-specific details (publisher, host, contact address) are not known to the software yet:
// the pages say so plainly rather than showing invented names.
export const legal = defineNamespace({
  fr: {
    notice: {
      title: 'Mentions légales',
      softwareTitle: 'Le logiciel',
      software:
        'Essaim est un logiciel libre publié sous la licence GNU Affero General Public License, version 3 ou ultérieure (AGPL-3.0). Chacun peut l’utiliser, l’étudier, le modifier et le redistribuer. Qui met une version modifiée à disposition sur un réseau doit en proposer le code source à ses utilisateurs.',
      licenceLink: 'Lire le texte de la licence AGPL-3.0',
      operatorTitle: 'Éditeur et hébergeur de cette instance',
      operator:
        'Chaque instance d’Essaim est exploitée par une organisation, qui en est l’éditeur au sens de l’article 6 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l’économie numérique. Elle doit indiquer son nom, son adresse, un moyen de la contacter, le nom de la personne responsable de la publication et l’identité de son hébergeur.',
      operatorPending:
        'Ces informations ne sont pas encore affichées sur cette page : le réglage qui permettra à l’exploitant de les saisir est en cours de développement.',
      contentTitle: 'Contenus publiés',
      content:
        'Les fiches de projets, les études de cas et les modèles sont publiés par les personnes et organisations qui les rédigent ; elles en restent responsables. Les contenus de méthode citent leurs sources.',
    },
    accessibility: {
      title: 'Déclaration d’accessibilité',
      commitment:
        'L’équipe d’Essaim s’engage à rendre ce service accessible, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005. Le référentiel visé est le RGAA 4.1, niveau AA, qui reprend les règles WCAG 2.1 de niveau AA.',
      statusTitle: 'État de conformité',
      status:
        'Essaim n’a pas encore été audité. Tant qu’aucun audit n’a mesuré le respect des critères, le RGAA impose de déclarer le service « non conforme ». Nous visons d’abord une conformité partielle, puis totale, au niveau AA.',
      checksTitle: 'Ce qui est déjà vérifié',
      checks: [
        'chaque parcours testé automatiquement dans un navigateur avec l’outil axe-core (règles WCAG 2.1 A et AA) : un défaut détecté fait échouer les tests',
        'toutes les pages utilisables au clavier, avec un focus visible et un lien « Aller au contenu »',
        'un contraste d’au moins 4,5 pour 1 entre le texte et le fond',
        'un affichage utilisable dès 320 pixels de large',
        'le site en français et en anglais, avec la langue de la page déclarée',
      ],
      checksLimit:
        'Les outils automatiques ne détectent qu’une partie des défauts : ces vérifications ne remplacent pas un audit.',
      dateTitle: 'Établissement de cette déclaration',
      date: 'Cette déclaration a été établie le 25 novembre 2026.',
      feedbackTitle: 'Signaler un problème',
      feedback:
        'Si vous ne parvenez pas à accéder à un contenu ou à un service, contactez l’exploitant de cette instance avec les coordonnées indiquées dans les mentions légales : il vous aidera à obtenir l’information sous une autre forme.',
      recourseTitle: 'Voies de recours',
      recourse:
        'Si vous avez signalé un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service et que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur des droits :',
      recourseForm: 'par le formulaire en ligne du Défenseur des droits',
      recourseDelegate: 'en contactant le délégué du Défenseur des droits de votre région',
      recourseMail:
        'par courrier, gratuitement et sans timbre : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07',
    },
    privacy: {
      title: 'Données personnelles',
      intro:
        'Essaim traite le moins de données personnelles possible. Cette page explique lesquelles, pourquoi, combien de temps, et comment exercer vos droits prévus par le règlement général sur la protection des données (RGPD).',
      controllerTitle: 'Responsable du traitement',
      controller:
        'L’organisation qui exploite cette instance d’Essaim est responsable du traitement (voir les mentions légales).',
      dataTitle: 'Quelles données',
      data: [
        'votre compte : nom, adresse électronique, mot de passe conservé sous une forme hachée, qui ne permet pas de le retrouver, ou identité transmise par un fournisseur d’identité comme ProConnect ; vos organisations et vos rôles',
        'ce que vous saisissez : fiches de projets, diagnostics, plans, modèles, suivi des sites, inscriptions aux formations',
        'l’historique des modifications des contenus partagés : qui a modifié quoi, et quand',
      ],
      purposeTitle: 'Pourquoi',
      purpose:
        'Pour vous permettre de vous connecter, de travailler avec les membres de votre organisation, d’échanger entre porteurs et sites et de vous inscrire aux formations. Ces traitements sont nécessaires au service que vous demandez en créant un compte.',
      retentionTitle: 'Combien de temps',
      retention:
        'Vos données sont conservées tant que votre compte est actif. Un contenu que vous supprimez reste 30 jours dans une corbeille, où il peut être restauré. L’exploitant de l’instance fixe la durée de conservation après la fermeture d’un compte.',
      recipientsTitle: 'Qui y a accès',
      recipients:
        'Vos données ne sont ni vendues ni cédées. Y ont accès les membres de votre organisation, les personnes avec qui vous partagez un contenu et les administrateurs de l’instance, pour son fonctionnement.',
      rightsTitle: 'Vos droits',
      rights:
        'Vous pouvez accéder à vos données, les faire corriger ou effacer, vous opposer à leur traitement, en limiter l’usage et les récupérer dans un format ouvert. Écrivez pour cela à l’exploitant de l’instance (voir les mentions légales). Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL.',
      cnilLink: 'Adresser une réclamation à la CNIL',
      cookiesTitle: 'Cookies et traceurs',
      cookies:
        'Essaim n’utilise qu’un seul cookie, strictement nécessaire : le cookie de session qui vous garde connecté. Il est dispensé de consentement. Aucun cookie de mesure d’audience, de publicité ou de réseau social, aucun outil de pistage.',
      localStorage:
        'Votre choix de langue est gardé dans le stockage local de votre navigateur ; il n’est pas transmis au serveur.',
    },
  },
  en: {
    notice: {
      title: 'Legal notice',
      softwareTitle: 'The software',
      software:
        'Essaim is free software published under the GNU Affero General Public License, version 3 or later (AGPL-3.0). Anyone may use, study, modify and redistribute it. Whoever makes a modified version available over a network must offer its source code to its users.',
      licenceLink: 'Read the text of the AGPL-3.0 licence',
      operatorTitle: 'Publisher and host of this instance',
      operator:
        'Each Essaim instance is run by an organisation, which is its publisher under article 6 of the French law no. 2004-575 of 21 June 2004 on confidence in the digital economy. It must state its name, its address, a way to contact it, the name of the person responsible for publication and the identity of its host.',
      operatorPending:
        'This information is not shown on this page yet: the setting that will let the operator enter it is being developed.',
      contentTitle: 'Published content',
      content:
        'Project sheets, case studies and models are published by the people and organisations who write them; they remain responsible for them. Method content cites its sources.',
    },
    accessibility: {
      title: 'Accessibility statement',
      commitment:
        'The Essaim team is committed to making this service accessible, in accordance with article 47 of the French law no. 2005-102 of 11 February 2005. The target standard is RGAA 4.1, level AA, which follows WCAG 2.1 level AA.',
      statusTitle: 'Compliance status',
      status:
        'Essaim has not been audited yet. Until an audit has measured how the criteria are met, RGAA requires the service to be declared “not compliant”. We aim first for partial, then full, compliance at level AA.',
      checksTitle: 'What is already checked',
      checks: [
        'every journey is tested automatically in a browser with the axe-core tool (WCAG 2.1 A and AA rules): a detected defect makes the tests fail',
        'every page can be used with the keyboard, with a visible focus and a “Skip to content” link',
        'a contrast of at least 4.5 to 1 between text and background',
        'a usable layout from 320 pixels wide',
        'the site in French and English, with the page language declared',
      ],
      checksLimit: 'Automated tools only detect some defects: these checks do not replace an audit.',
      dateTitle: 'Date of this statement',
      date: 'This statement was drawn up on 25 November 2026.',
      feedbackTitle: 'Report a problem',
      feedback:
        'If you cannot access some content or a service, contact the operator of this instance using the details given in the legal notice: they will help you get the information in another form.',
      recourseTitle: 'Remedies',
      recourse:
        'If you reported an accessibility defect that prevents you from accessing content or a service and did not get a satisfactory answer, you can refer the matter to the Défenseur des droits (the French rights ombudsman):',
      recourseForm: 'through the Défenseur des droits online form',
      recourseDelegate: 'by contacting the Défenseur des droits delegate in your region',
      recourseMail:
        'by post, free of charge and without a stamp: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07',
    },
    privacy: {
      title: 'Personal data',
      intro:
        'Essaim processes as little personal data as possible. This page explains which data, why, for how long, and how to exercise your rights under the General Data Protection Regulation (GDPR).',
      controllerTitle: 'Data controller',
      controller:
        'The organisation that runs this Essaim instance is the data controller (see the legal notice).',
      dataTitle: 'Which data',
      data: [
        'your account: name, e-mail address, password stored in a hashed form from which it cannot be recovered, or the identity sent by an identity provider such as ProConnect; your organisations and roles',
        'what you enter: project sheets, diagnostics, plans, models, site follow-up, training registrations',
        'the history of changes to shared content: who changed what, and when',
      ],
      purposeTitle: 'Why',
      purpose:
        'To let you sign in, work with the members of your organisation, exchange between carriers and sites, and register for training. This processing is necessary for the service you ask for when you create an account.',
      retentionTitle: 'For how long',
      retention:
        'Your data is kept as long as your account is active. Content you delete stays in a trash for 30 days, where it can be restored. The operator of the instance sets how long data is kept after an account is closed.',
      recipientsTitle: 'Who can see it',
      recipients:
        'Your data is neither sold nor transferred. It is visible to the members of your organisation, to the people you share content with, and to the administrators of the instance, to keep it running.',
      rightsTitle: 'Your rights',
      rights:
        'You can access your data, have it corrected or erased, object to its processing, restrict its use and get it back in an open format. To do so, write to the operator of the instance (see the legal notice). If you think your rights are not respected, you can lodge a complaint with the CNIL, the French data protection authority.',
      cnilLink: 'Lodge a complaint with the CNIL',
      cookiesTitle: 'Cookies and trackers',
      cookies:
        'Essaim uses a single, strictly necessary cookie: the session cookie that keeps you signed in. It needs no consent. No audience-measurement, advertising or social-network cookie, no tracking tool.',
      localStorage:
        'Your language choice is kept in your browser’s local storage; it is not sent to the server.',
    },
  },
});
