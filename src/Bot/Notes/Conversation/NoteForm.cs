using System.Globalization;
using Mednum49.Bot.Cards;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// The one-step note form (Adaptive Card): the group (radio buttons, long titles wrap), the text (multi-line, at most
/// <see cref="NoteRules.MaxTextLength"/> characters) and an optional date. The submit button's data names the form
/// (<see cref="FormProperty"/> = <see cref="FormName"/>) and carries a <see cref="SubmissionIdProperty"/> drawn when the
/// card is sent, so a double click saves one note. Sent again with the server's errors under the fields and the
/// user's values kept. Input ids are <see cref="NoteFields"/>.
/// </summary>
public static class NoteForm
{
    public const string FormProperty = FormActions.FormProperty;
    public const string FormName = "note";
    public const string SubmissionIdProperty = "submissionId";

    /// <summary>A fresh submission id (unguessable, so nobody can replay another's form).</summary>
    public static string NewSubmissionId() => Guid.NewGuid().ToString("N");

    /// <summary>
    /// Whether a submitted id can be one this bot drew (<see cref="NewSubmissionId"/>: 32 hex digits; up to 64 letters,
    /// digits, '-' or '_' accepted). Anything else (600 characters, markup) comes from an old or forged card.
    /// </summary>
    public static bool IsSubmissionId([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? submissionId) =>
        submissionId is { Length: > 0 and <= 64 } && submissionId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <param name="values">What the user submitted, shown again (a group or date the form cannot show is left out).</param>
    /// <param name="errors">French messages keyed by <see cref="NoteFields"/>, shown under their field.</param>
    public static JObject Create(
        IReadOnlyList<WorkingGroup> groups,
        string submissionId,
        NoteSubmission? values = null,
        IReadOnlyDictionary<string, string>? errors = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(submissionId);
        errors ??= new Dictionary<string, string>();
        var group = groups.FirstOrDefault(g => string.Equals(g.Id, values?.GroupId?.Trim(), StringComparison.OrdinalIgnoreCase));
        NoteRules.TryParseDate(values?.ReferenceDate, out var date, out _);

        var card = new AdaptiveCardBuilder()
            .WithFallbackText($"{NoteTexts.FormTitle}\n{NoteTexts.FormIntro}")
            .Add(CardElements.Paragraph(NoteTexts.FormTitle, TextStyle.Heading))
            .Add(CardElements.Paragraph(NoteTexts.FormIntro, spacing: CardSpacing.Small));
        if (errors.Count > 0)
        {
            card.Add(CardInputs.Error(NoteTexts.FormErrors));
        }

        card.Add(CardInputs.ChoiceSet(
            NoteFields.Group,
            NoteTexts.FormGroupLabel,
            groups.Select(g => (g.Title, g.Id)),
            value: group?.Id,
            expanded: true,
            isRequired: true,
            errorMessage: NoteRules.GroupMissing));
        AddError(card, errors, NoteFields.Group);

        card.Add(CardInputs.Text(
            NoteFields.Text,
            NoteTexts.FormTextLabel,
            isMultiline: true,
            maxLength: NoteRules.MaxTextLength,
            value: values?.Text,
            placeholder: NoteTexts.FormTextPlaceholder,
            isRequired: true,
            errorMessage: NoteRules.TextMissing));
        AddError(card, errors, NoteFields.Text);

        card.Add(CardInputs.Date(NoteFields.ReferenceDate, NoteTexts.FormDateLabel, date, NoteRules.EarliestDate, NoteRules.LatestDate));
        AddError(card, errors, NoteFields.ReferenceDate);

        var data = new JObject { [FormProperty] = FormName, [SubmissionIdProperty] = submissionId };
        // The other way sends no input, so the client does not ask to fill the required fields first.
        var stepByStep = CardActions.Submit(NoteTexts.FormStepByStep, NoteCommands.StepByStep);
        stepByStep["associatedInputs"] = "none";
        card.Add(CardElements.ActionSet([FormActions.Submit(NoteTexts.FormSubmit, data, primary: true), stepByStep], CardSpacing.Medium));
        return card.Build();
    }

    /// <summary>The values of a submitted note form, or null when the message is not one.</summary>
    public static FormSubmission? Read(object? value)
    {
        var data = value switch
        {
            JObject json => json,
            string text when text.TrimStart().StartsWith('{') => TryParse(text),
            null => null,
            _ => TryFrom(value),
        };
        if (data is null || !string.Equals(Text(data, FormProperty), FormName, StringComparison.Ordinal))
        {
            return null;
        }

        return new FormSubmission(
            Text(data, SubmissionIdProperty),
            new NoteSubmission(Text(data, NoteFields.Group), Text(data, NoteFields.Text), Text(data, NoteFields.ReferenceDate)));
    }

    private static void AddError(AdaptiveCardBuilder card, IReadOnlyDictionary<string, string> errors, string field)
    {
        if (errors.TryGetValue(field, out var message))
        {
            card.Add(CardInputs.Error(message));
        }
    }

    // Inputs arrive as strings; anything else (a number, an object someone crafted) is read as its text.
    private static string? Text(JObject data, string property) => data[property] switch
    {
        null or { Type: JTokenType.Null } => null,
        JValue value => Convert.ToString(value.Value, CultureInfo.InvariantCulture),
        var other => other.ToString(Newtonsoft.Json.Formatting.None),
    };

    private static JObject? TryParse(string text)
    {
        try
        {
            return JObject.Parse(text);
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            return null;
        }
    }

    private static JObject? TryFrom(object value)
    {
        try
        {
            return JToken.FromObject(value) as JObject;
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or ArgumentException)
        {
            return null;
        }
    }
}

/// <summary>A submitted note form: its submission id (null when missing) and the values as typed.</summary>
public sealed record FormSubmission(string? SubmissionId, NoteSubmission Values);
