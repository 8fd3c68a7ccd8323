using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.WebChat.Local;

/// <summary>
/// One conversation of the local Direct Line: its transcript (the user's activities echoed, the bot's replies) read by
/// watermark. The watermark is the count of activities ever appended, so it stays valid when old ones are dropped.
/// </summary>
public sealed class LocalConversation(string id, string userId, DateTimeOffset created, int maxActivities)
{
    private readonly Lock _gate = new();
    private readonly List<JObject> _activities = [];
    private long _dropped;
    private long _lastActiveTicks = created.UtcTicks;
    private int _started;

    public string Id { get; } = id;

    public string UserId { get; } = userId;

    public DateTimeOffset LastActive => new(Interlocked.Read(ref _lastActiveTicks), TimeSpan.Zero);

    public long Watermark
    {
        get
        {
            lock (_gate)
            {
                return _dropped + _activities.Count;
            }
        }
    }

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastActiveTicks, now.UtcTicks);

    /// <summary>True the first time only: the bot is told about the conversation once.</summary>
    public bool MarkStarted() => Interlocked.Exchange(ref _started, 1) == 0;

    /// <summary>Gives the activity its Direct Line id (<c>{conversationId}|0000042</c>) and appends it; returns the id.</summary>
    public string Append(JObject activity)
    {
        lock (_gate)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{Id}|{_dropped + _activities.Count:D7}");
            activity["id"] = id;
            _activities.Add(activity);
            if (_activities.Count > maxActivities)
            {
                _activities.RemoveAt(0);
                _dropped++;
            }

            return id;
        }
    }

    /// <summary>The activities after <paramref name="watermark"/> (copies) and the new watermark.</summary>
    public (IReadOnlyList<JObject> Activities, long Watermark) After(long watermark)
    {
        lock (_gate)
        {
            var end = _dropped + _activities.Count;
            var start = Math.Clamp(watermark, _dropped, end);
            var activities = _activities.Skip((int)(start - _dropped)).Select(a => (JObject)a.DeepClone()).ToList();
            return (activities, end);
        }
    }
}
