using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>Positions and numbers in French text, with Microsoft.Recognizers.Text (models built once: they are costly).</summary>
internal static partial class FrenchNumbers
{
    private static readonly Lazy<IModel> OrdinalModel = new(() => new NumberRecognizer(Culture.French).GetOrdinalModel(Culture.French));
    private static readonly Lazy<IModel> NumberModel = new(() => new NumberRecognizer(Culture.French).GetNumberModel(Culture.French));

    /// <summary>
    /// The zero-based position an ordinal designates in a list of <paramref name="count"/> ("la deuxième" → 1,
    /// "la dernière" → count-1), or null.
    /// </summary>
    public static int? OrdinalIndex(string text, int count)
    {
        // The recogniser knows "2e" but not "2ème" / "2eme".
        var prepared = OrdinalSuffix().Replace(text, "$1e");
        foreach (var result in OrdinalModel.Value.Parse(prepared))
        {
            if (result.Resolution?.GetValueOrDefault("value") is not string value)
            {
                continue;
            }

            int? index = value.StartsWith("end", StringComparison.Ordinal)
                ? int.TryParse(value.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture, out var fromEnd) ? count - 1 + fromEnd : null
                : int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var position) ? position - 1 : null;
            if (index is >= 0 && index < count)
            {
                return index;
            }
        }

        return null;
    }

    /// <summary>The first whole number of the text ("2", "deux", "numéro 3"), or null.</summary>
    public static long? FirstInteger(string text)
    {
        foreach (var result in NumberModel.Value.Parse(text))
        {
            if (result.Resolution?.GetValueOrDefault("subtype") is "integer"
                && result.Resolution.GetValueOrDefault("value") is string value
                && long.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(\d+)\s*(?:ième|ieme|ème|eme|è)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalSuffix();
}
