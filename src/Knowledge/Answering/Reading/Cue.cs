namespace Mednum49.Knowledge.Answering;

/// <summary>What a French word or phrase of a question says about the kind of answer wanted.</summary>
internal enum Cue
{
    /// <summary>"qui", "vers qui": someone who does something.</summary>
    Who,

    /// <summary>"contact", "qui contacter", "représente", "interlocuteur", "référent".</summary>
    Contact,

    /// <summary>"téléphone", "mail", "numéro": contact details the document does not give.</summary>
    ContactDetails,

    /// <summary>"qui est …": a person, or what something is.</summary>
    WhoIs,

    /// <summary>"c'est quoi", "qu'est-ce que", "que fait", "rôle".</summary>
    Definition,

    /// <summary>"habitants", "population".</summary>
    Population,

    /// <summary>"combien", "nombre".</summary>
    HowMany,

    /// <summary>"commune(s)", "villes", "villages".</summary>
    Communes,

    /// <summary>"dans quel bassin", "fait partie", "appartient", "dépend", "c'est où", "se trouve".</summary>
    Location,

    /// <summary>"quels sont", "liste", "tous les".</summary>
    List,

    /// <summary>"y a-t-il", "existe-t-il".</summary>
    YesNo,

    /// <summary>"bassin", "polarité", "micro-territoire", "pôle", "secteur".</summary>
    Subdivision,

    /// <summary>"epci", "interco", "communauté de communes", "agglo".</summary>
    Epci,

    /// <summary>"territoires", "intercommunalités" in a list.</summary>
    Territories,

    FranceServices,

    /// <summary>"conseiller(s) numérique(s)", "cnfs", "médiateur", "coordinatrice".</summary>
    Advisers,

    /// <summary>"centre social", "csc", "evs", "espace de vie sociale", "mjc".</summary>
    SocialCentres,

    Fablabs,

    /// <summary>"médiathèque", "bibliothèque".</summary>
    Libraries,

    Cybercentres,

    /// <summary>"ccas", "cias".</summary>
    SocialAction,

    /// <summary>"action(s)", "fiche action", "projet".</summary>
    Actions,

    /// <summary>"groupe de travail", "gt".</summary>
    Groups,

    Axes,

    /// <summary>"comité", "copil", "instance", "gouvernance".</summary>
    Governance,

    /// <summary>"fréquence", "combien de fois", "se réunit".</summary>
    Frequency,

    /// <summary>"compose", "composition", "siège", "membres".</summary>
    Composition,

    /// <summary>"signataire(s)", "a signé".</summary>
    Signatories,

    /// <summary>"accord", "convention", "pacte", "protocole".</summary>
    Agreement,

    /// <summary>"durée", "combien de temps", "renouvelé".</summary>
    Duration,

    /// <summary>"quitter", "se retirer", "retrait".</summary>
    Withdrawal,

    /// <summary>"rejoindre", "adhérer", "nouveau partenaire".</summary>
    Joining,

    /// <summary>"objectifs", "principes", "engagements".</summary>
    Objectives,

    /// <summary>"président", "directrice", "préfet".</summary>
    Head,

    /// <summary>"organisations", "partenaires", "membres" in a list.</summary>
    Organisations,

    /// <summary>"feuille de route", "mednum49": the roadmap or the network as a whole.</summary>
    Roadmap,

    /// <summary>Weather, recipes, sport, transport, prices…: outside what the knowledge base covers.</summary>
    OffDomain,

    /// <summary>Shopping, elected officials…: outside the base unless the question also names something it covers.</summary>
    OffTopic,

    /// <summary>"Parler à un humain", "une vraie personne": the user wants a person, not the bot.</summary>
    Human,

    /// <summary>"où envoyer", "orienter", "qui peut aider", "je suis à": someone to send somewhere for a need.</summary>
    Orientation,

    /// <summary>"le plus avancé", "le mieux structuré": a comparison of territories.</summary>
    Superlative,

    /// <summary>"n'a pas de", "sans", "aucun": what is missing where.</summary>
    Negation,

    /// <summary>"bonjour", "merci", "aide".</summary>
    Greeting,
}
