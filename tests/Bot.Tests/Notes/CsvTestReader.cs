using System.Text;

namespace Mednum49.Bot.Tests.Notes;

/// <summary>
/// A strict RFC 4180 reader written for the tests, independent of the library that writes the exports: ';'
/// separator, CRLF records, quoted fields with doubled quotes. Throws on anything else.
/// </summary>
public static class CsvTestReader
{
    public static List<List<string>> Read(string text, char separator = ';')
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("Unterminated quoted field.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] != separator && text[i] != '\r' && text[i] != '\n')
                {
                    if (text[i] == '"')
                    {
                        throw new FormatException($"Quote inside an unquoted field at {i}.");
                    }

                    field.Append(text[i++]);
                }
            }

            record.Add(field.ToString());
            field.Clear();
            if (i >= text.Length)
            {
                throw new FormatException("The last record does not end with CRLF.");
            }

            if (text[i] == separator)
            {
                i++;
                continue;
            }

            if (text[i] != '\r' || i + 1 >= text.Length || text[i + 1] != '\n')
            {
                throw new FormatException($"Expected CRLF at {i}.");
            }

            i += 2;
            records.Add(record);
            record = [];
        }

        return records;
    }
}
