namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>How a choice was recognised, in the order the recogniser tries.</summary>
public enum ChoiceMatch
{
    /// <summary>A card button sent the value (<c>activity.Value = {"choice": "&lt;value&gt;"}</c>).</summary>
    CardValue,

    /// <summary>The text is the value or the title.</summary>
    Value,

    /// <summary>The text is one of the synonyms.</summary>
    Synonym,

    /// <summary>Words of the text belong to this choice only ("le groupe sur le reconditionnement").</summary>
    Overlap,

    /// <summary>An ordinal: "la deuxième", "le 2e", "la dernière".</summary>
    Ordinal,

    /// <summary>A number: "2", "deux".</summary>
    Number,
}
