package eval

import (
	"bufio"
	"cmp"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/internal/shared"
	"github.com/cotejo/cotejo/read"
)

// TimelineTopic is one topic of a timeline-summarisation set: its dated
// documents and the dates of its reference timeline.
type TimelineTopic struct {
	Name      string
	Docs      []TimelineDoc
	Reference []string // the reference timeline's days, YYYY-MM-DD, each once, in order
}

// TimelineDoc is one document of a topic and the day it was published.
type TimelineDoc struct {
	Path string
	Day  string // YYYY-MM-DD
}

// TimelineTopicScore is the date selection of one topic.
type TimelineTopicScore struct {
	Name      string `json:"name"`
	Documents int    `json:"documents"`
	Reference int    `json:"reference_dates"`
	Cotejo    Score  `json:"cotejo"`
	Baseline  Score  `json:"baseline"`
	// Dates is how many days cotejo's timelines hold in all, before the
	// cut to the reference's length.
	Dates int `json:"dates"`
}

// TimelineResult scores date selection over a timeline set. The headline
// Score is cotejo's, micro-averaged over the topics.
type TimelineResult struct {
	Score
	Baseline Score                `json:"baseline"`
	Topics   []TimelineTopicScore `json:"topics"`
	Rejected int                  `json:"rejected"` // documents that could not be read
	Seconds  float64              `json:"seconds"`
}

// maxTimelineDoc bounds one document of a timeline set.
const maxTimelineDoc = 16 << 20

var dayLine = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// ReadTimelineSet reads a CL-TLS folder laid out as <topic>/<YYYY-MM-DD>/*.txt.gz
// with reference/<topic>.txt.gz, the reference timelines: blocks of a day
// line and its sentences.
func ReadTimelineSet(root string) ([]TimelineTopic, error) {
	refs, err := filepath.Glob(filepath.Join(root, "reference", "*.txt.gz"))
	if err != nil {
		return nil, err
	}
	if len(refs) == 0 {
		return nil, fmt.Errorf("%s: no reference/*.txt.gz: %w", root, ErrNoData)
	}
	var topics []TimelineTopic
	for _, ref := range refs {
		name := strings.TrimSuffix(filepath.Base(ref), ".txt.gz")
		days, err := referenceDays(ref)
		if err != nil {
			return nil, err
		}
		files, err := filepath.Glob(filepath.Join(root, name, "*", "*.txt.gz"))
		if err != nil {
			return nil, err
		}
		t := TimelineTopic{Name: name, Reference: days}
		for _, f := range files {
			day := filepath.Base(filepath.Dir(f))
			if _, err := time.Parse(time.DateOnly, day); err != nil {
				return nil, fmt.Errorf("%s: folder %q is not a day", f, day)
			}
			t.Docs = append(t.Docs, TimelineDoc{Path: f, Day: day})
		}
		if len(t.Docs) == 0 {
			return nil, fmt.Errorf("%s: no documents under %s", ref, filepath.Join(root, name))
		}
		topics = append(topics, t)
	}
	return topics, nil
}

// referenceDays lists the days of a reference timeline, each once.
func referenceDays(path string) ([]string, error) {
	r, err := shared.Open(path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	var days []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if dayLine.MatchString(line) && !slices.Contains(days, line) {
			days = append(days, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(days) == 0 {
		return nil, fmt.Errorf("%s: no dated entries", path)
	}
	slices.Sort(days)
	return days, nil
}

// Analyzer runs the per-article and story stages over a batch of read
// articles, as `cotejo analyze` does, and returns the stories.
type Analyzer func([]*cotejo.Article) []*cotejo.Story

// Timeline reads each topic's documents, analyses them as one batch with
// analyze, and scores the days its timelines pick against the
// reference's (Martschat and Markert 2018's date selection): the days of
// all the topic's story timelines, ranked by how many articles report an
// event on them, cut to as many as the reference holds. The baseline
// ranks days by how many documents were published on them, a strong
// baseline of timeline summarisation. Each document's publication day is
// its folder's, as the data set defines it.
func Timeline(topics []TimelineTopic, analyze Analyzer) TimelineResult {
	start := time.Now()
	var res TimelineResult
	var hit, hitBase, cut, cutBase, ref int
	for _, t := range topics {
		days, rejected := topicEventDays(t, analyze)
		res.Rejected += rejected
		k := len(t.Reference)
		pub := map[string]int{}
		for _, d := range t.Docs {
			pub[d.Day]++
		}
		sys, base := topDays(days, k), topDays(pub, k)
		h, hb := dayHits(sys, t.Reference), dayHits(base, t.Reference)
		res.Topics = append(res.Topics, TimelineTopicScore{
			Name: t.Name, Documents: len(t.Docs), Reference: k, Dates: len(days),
			Cotejo:   selectionScore(h, len(sys), k),
			Baseline: selectionScore(hb, len(base), k),
		})
		hit, hitBase = hit+h, hitBase+hb
		cut, cutBase, ref = cut+len(sys), cutBase+len(base), ref+k
	}
	res.Score = selectionScore(hit, cut, ref)
	res.Baseline = selectionScore(hitBase, cutBase, ref)
	res.Seconds = time.Since(start).Seconds()
	return res
}

// topicEventDays reads and analyses a topic's documents and counts, for
// each day its timelines hold, the articles that report an event on it.
func topicEventDays(t TimelineTopic, analyze Analyzer) (map[string]int, int) {
	var articles []*cotejo.Article
	rejected := 0
	for _, d := range t.Docs {
		data, err := shared.ReadGzip(d.Path, maxTimelineDoc)
		if err != nil {
			rejected++
			continue
		}
		arts, bad := read.Bytes(strings.TrimSuffix(d.Path, ".gz"), data, read.Options{})
		rejected += len(bad)
		day, _ := cotejo.ParseDate(d.Day)
		for _, a := range arts {
			a.Published = day
			articles = append(articles, a)
		}
	}
	reports := map[string]map[string]bool{}
	for _, st := range analyze(articles) {
		for _, ev := range st.Events {
			if ev.Date.Grain != cotejo.Day {
				continue
			}
			day := ev.Date.String()
			if reports[day] == nil {
				reports[day] = map[string]bool{}
			}
			for _, e := range ev.Evidence {
				reports[day][e.Article] = true
			}
		}
	}
	days := make(map[string]int, len(reports))
	for day, arts := range reports {
		days[day] = len(arts)
	}
	return days, rejected
}

// topDays returns the k days of highest count, the earlier first among
// equal counts.
func topDays(counts map[string]int, k int) []string {
	days := make([]string, 0, len(counts))
	for d := range counts {
		days = append(days, d)
	}
	slices.SortFunc(days, func(a, b string) int {
		return cmp.Or(cmp.Compare(counts[b], counts[a]), strings.Compare(a, b))
	})
	return days[:min(k, len(days))]
}

// selectionScore scores hits among picked days against ref reference days.
func selectionScore(hits, picked, ref int) Score {
	return PRF(float64(hits), float64(picked-hits), float64(ref-hits), ref)
}

// dayHits counts the picked days the reference holds.
func dayHits(picked, reference []string) int {
	hit := 0
	for _, d := range picked {
		if slices.Contains(reference, d) {
			hit++
		}
	}
	return hit
}
