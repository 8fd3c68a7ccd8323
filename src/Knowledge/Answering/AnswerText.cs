using System.Text;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Answering;

/// <summary>Renders an <see cref="Answer"/> as plain French text, as a user reads it in a console or a text-only channel.</summary>
public static class AnswerText
{
    public static string Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var text = new StringBuilder();

        if (answer.Title.Length > 0)
        {
            text.AppendLine(answer.Title);
        }

        if (!string.IsNullOrWhiteSpace(answer.Summary))
        {
            text.AppendLine(answer.Summary);
        }

        if (!string.IsNullOrWhiteSpace(answer.Narrative))
        {
            text.AppendLine(answer.Narrative);
        }
        else
        {
            foreach (var fact in answer.Facts)
            {
                text.Append("- ").AppendLine(fact.Text);
            }
        }

        if (answer.People.Count > 0)
        {
            text.AppendLine("Contacts :");
            foreach (var person in answer.People)
            {
                text.Append("- ").Append(person.Name).Append(" (").Append(person.Organisation);
                if (!string.IsNullOrWhiteSpace(person.Role))
                {
                    text.Append(", ").Append(person.Role);
                }

                text.AppendLine(")");
            }
        }

        if (answer.Places.Count > 0)
        {
            text.AppendLine("Lieux :");
            foreach (var place in answer.Places)
            {
                text.Append("- ").Append(place.Name);
                if (!string.IsNullOrWhiteSpace(place.Commune) && !TextNormalizer.Fold(place.Name).Contains(TextNormalizer.Fold(place.Commune), StringComparison.Ordinal))
                {
                    text.Append(" (").Append(place.Commune).Append(')');
                }

                if (PlaceContactText.Line(place.Contact) is { } contact)
                {
                    text.Append(" — ").Append(contact);
                }

                text.AppendLine();
            }
        }

        if (answer.Choices.Count > 0)
        {
            text.AppendLine("Précisez votre demande :");
            for (var i = 0; i < answer.Choices.Count; i++)
            {
                text.Append(i + 1).Append(". ").AppendLine(answer.Choices[i].Label);
            }
        }

        var sections = answer.Sources.Select(s => s.Section).Where(s => s.Length > 0).Distinct().ToList();
        if (sections.Count > 0)
        {
            text.Append("Source : ").AppendLine(string.Join(" ; ", sections));
        }

        if (answer.FollowUps.Count > 0)
        {
            text.Append("Vous pouvez aussi demander : ").AppendLine(string.Join(" / ", answer.FollowUps.Select(f => f.Label)));
        }

        return text.ToString().TrimEnd();
    }
}
