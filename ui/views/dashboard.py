"""The dashboard's widgets: counts, figures and charts; the controller decides what a click opens.

Layout only, in the house's way: this builds the widgets, names them and
fills them from a :class:`~workstation.reports.figures.Dashboard`; every click
is passed on as a signal. Colours are blended from the palette (light or dark)
and renewed when it changes.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.charts import BarChart, Series
from ui.i18n import day, day_month, decimal, number, timestamp
from ui.theme import STATUS_HUES, blend, is_dark, muted_text, status_badge
from workstation.facade import Dashboard, Spread

OVERDUE = "due"  # the library's status filter value for "due for re-review"
LATE = "overdue"  # the library's status filter value for "overdue assignments"
ALARMS = {OVERDUE: QT_TRANSLATE_NOOP("DashboardView", " (approved, next review date reached)"),
          LATE: QT_TRANSLATE_NOOP("DashboardView", " (not approved, past the assignment's due date)")}
FIRST_APPROVED = "first-approved"  # the link to the articles the cycle figures describe
TILES = (("Submitted", "countSubmitted", QT_TRANSLATE_NOOP("Status", "Submitted")),
         ("Under Review", "countUnderReview", QT_TRANSLATE_NOOP("Status", "Under Review")),
         ("Approved", "countApproved", QT_TRANSLATE_NOOP("Status", "Approved")),
         (OVERDUE, "countOverdue", QT_TRANSLATE_NOOP("DashboardView", "Due for re-review")),
         (LATE, "countOverdueAssignments", QT_TRANSLATE_NOOP("DashboardView", "Overdue assignments")))


def tile_label(key: str, label: str) -> str:
    return QCoreApplication.translate("DashboardView" if key in (OVERDUE, LATE) else "Status", label)
OVERDUE_HUE = QColor(220, 60, 50)
FINDING_HUE = QColor(150, 100, 210)
WEEK_LABEL_EVERY = 4
ROW_HEIGHT = 26  # a horizontal chart's height per category


CHART_HUES = (STATUS_HUES["Submitted"], STATUS_HUES["Under Review"], STATUS_HUES["Approved"], FINDING_HUE)


def series_colour(hue: QColor, palette: QPalette) -> QColor:
    """A bar's fill, at least 3:1 against the chart's background (WCAG 1.4.11) in either scheme.

    On a dark base the hue, lightly blended into it; on a light one the hue
    darkened towards the text colour (orange on white would be too faint).
    """
    if is_dark(palette):
        return blend(palette.color(QPalette.ColorRole.Base), hue, 0.9)
    return blend(hue, palette.color(QPalette.ColorRole.Text), 0.22)


def _days(value: float | None) -> str:
    return "—" if value is None else QCoreApplication.translate("DashboardView", "{0} d").format(decimal(value))


def _heading(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class DashboardView(QScrollArea):
    """The dashboard: what waits, how long reviews take, who carries the load, what is open."""

    count_clicked = Signal(str)  # a status, "due" or "overdue"
    link_clicked = Signal(str)  # a link in a figure's text: "first-approved"
    bar_clicked = Signal(str, int, int)  # chart name, series, category
    palette_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardView")
        self.setAccessibleName(self.tr("Dashboard"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        content.setObjectName("dashboardContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(8)

        title = _heading(self.tr("Dashboard"), "dashboardTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        self.as_of = QLabel()
        self.as_of.setObjectName("dashboardAsOf")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.as_of)
        layout.addLayout(header)

        self.tiles: dict[str, QPushButton] = {}
        self.tile_numbers: dict[str, QLabel] = {}
        row = QHBoxLayout()
        for key, name, label in TILES:
            tile, number = self._tile(name, tile_label(key, label))
            tile.clicked.connect(lambda _checked=False, k=key: self.count_clicked.emit(k))
            self.tiles[key], self.tile_numbers[key] = tile, number
            row.addWidget(tile)
        layout.addLayout(row)

        figures = QGridLayout()
        figures.setHorizontalSpacing(16)
        figures.addWidget(_heading(self.tr("Time to first approval"), "cycleTimeHeading"), 0, 0)
        self.cycle_time = QLabel()
        self.cycle_time.setObjectName("cycleTimeLabel")
        self.cycle_time.setTextFormat(Qt.TextFormat.RichText)
        self.cycle_time.setWordWrap(True)
        self.cycle_time.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.cycle_time.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.cycle_time.linkActivated.connect(self.link_clicked)
        figures.addWidget(self.cycle_time, 1, 0)
        figures.addWidget(_heading(self.tr("Review cycles"), "reviewCyclesHeading"), 0, 1)
        self.review_cycles_note = QLabel()
        self.review_cycles_note.setObjectName("reviewCyclesLabel")
        self.review_cycles_note.setWordWrap(True)
        self.review_cycles = self._chart("reviewCyclesChart", self.tr("Articles by how often changes were requested"))
        self.review_cycles.setFixedHeight(120)
        cycles = QVBoxLayout()
        cycles.addWidget(self.review_cycles_note)
        cycles.addWidget(self.review_cycles)
        figures.addLayout(cycles, 1, 1)
        figures.setColumnStretch(0, 1)
        figures.setColumnStretch(1, 1)
        layout.addLayout(figures)

        self.throughput = self._chart("throughputChart", self.tr("Articles approved and submitted per week"))
        self.throughput.setFixedHeight(180)
        self.throughput_legend = self._legend("throughputLegend")
        layout.addLayout(self._titled(self.tr("Throughput per week"), "throughputHeading", self.throughput_legend))
        layout.addWidget(self.throughput)

        lower = QGridLayout()
        lower.setHorizontalSpacing(16)
        self.workload = self._chart("workloadChart", self.tr("Open reviews and approvals signed per person"), horizontal=True)
        self.findings = self._chart("findingsChart", self.tr("Open findings per check"), horizontal=True)
        self.workload_legend = self._legend("workloadLegend")
        lower.addLayout(self._titled(self.tr("Workload"), "workloadHeading", self.workload_legend), 0, 0)
        lower.addWidget(_heading(self.tr("Open findings by code"), "findingsHeading"), 0, 1)
        self.workload_empty = QLabel(self.tr("Nobody reviews yet."))
        self.findings_empty = QLabel(self.tr("No open findings."))
        for column, (chart, empty) in enumerate(((self.workload, self.workload_empty),
                                                 (self.findings, self.findings_empty))):
            empty.setObjectName(chart.objectName().replace("Chart", "Empty"))
            empty.hide()
            lower.addWidget(chart, 1, column)
            lower.addWidget(empty, 2, column, Qt.AlignmentFlag.AlignTop)
            lower.setColumnStretch(column, 1)
        layout.addLayout(lower)
        layout.addStretch(1)
        self.setWidget(content)
        self.apply_palette()

    def _tile(self, name: str, caption: str) -> tuple[QPushButton, QLabel]:
        """A count as a button: its number large, what it counts below; the whole tile clicks."""
        tile = QPushButton()
        tile.setObjectName(name)
        tile.setMinimumHeight(68)
        tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        number, text = QLabel(), QLabel(caption)
        number.setObjectName(name + "Number")
        font = QFont(number.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        number.setFont(font)
        inner = QVBoxLayout(tile)
        inner.setContentsMargins(8, 4, 8, 6)
        inner.setSpacing(0)
        for label in (number, text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            inner.addWidget(label)
        return tile, number

    @staticmethod
    def _legend(name: str) -> QLabel:
        legend = QLabel()
        legend.setObjectName(name)
        legend.setTextFormat(Qt.TextFormat.RichText)
        return legend

    @staticmethod
    def _titled(title: str, name: str, legend: QLabel) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(_heading(title, name))
        row.addStretch(1)
        row.addWidget(legend)
        return row

    def _chart(self, name: str, accessible: str, *, horizontal: bool = False) -> BarChart:
        chart = BarChart(horizontal=horizontal)
        chart.setObjectName(name)
        chart.setAccessibleName(accessible)
        chart.bar_clicked.connect(lambda series, category: self.bar_clicked.emit(name, series, category))
        return chart

    # ----------------------------------------------------------------- filling
    def show_dashboard(self, d: Dashboard) -> None:
        palette = self.palette()
        self.as_of.setText(self.tr("as of {as_of} UTC · period: the 26 weeks from {start}").format(
            as_of=timestamp(d.as_of), start=day(d.period_start)))
        for key, _name, label in TILES:
            count = {OVERDUE: d.overdue.re_reviews, LATE: d.overdue.assignments}.get(key)
            count = d.count(key) if count is None else count
            tile = self.tiles[key]
            label = tile_label(key, label)
            self.tile_numbers[key].setText(number(count))
            tile.setAccessibleName(self.tr("{label}: {count} articles").format(label=label, count=number(count)))
            alarm = self.tr(ALARMS[key]) if key in ALARMS else ""
            tile.setToolTip(self.tr("Show the {count} article(s) in the library{0}").format(alarm, count=number(count)))
        self.cycle_time.setText(self._cycle_text(d))
        cycles = d.review_cycles
        mean = "—" if cycles.mean is None else decimal(cycles.mean, 2)
        self.review_cycles_note.setText(
            self.tr("Changes requested before the first approval: mean {mean}; {more_than_once} of {articles} "
                    "article(s) went round more than once.").format(
                mean=mean, more_than_once=number(cycles.more_than_once), articles=number(cycles.articles)) if cycles.articles else
            self.tr("No article was first approved in the period."))
        times = dict(cycles.distribution)
        top = max(times, default=-1)
        self.review_cycles.set_bars(
            [str(n) for n in range(top + 1)],
            [Series(self.tr("articles"), tuple(times.get(n, 0) for n in range(top + 1)),
                    series_colour(STATUS_HUES["Under Review"], palette))],
            tip=lambda _s, c: self.tr("{0} article(s) with changes requested {1} time(s)").format(
                number(times.get(c, 0)), c))
        self.review_cycles.setVisible(bool(times))
        weeks = d.throughput
        self.throughput.set_bars(
            [day_month(w.week) for w in weeks],  # labelled back from the current week
            [Series(self.tr("approved"), tuple(w.approved for w in weeks),
                    series_colour(STATUS_HUES["Approved"], palette)),
             Series(self.tr("submitted"), tuple(w.submitted for w in weeks),
                    series_colour(STATUS_HUES["Submitted"], palette))],
            tip=lambda s, c: (self.tr("{0} article(s) approved in the week of {1}") if s == 0 else
                              self.tr("{0} article(s) submitted in the week of {1}")).format(
                number((weeks[c].approved, weeks[c].submitted)[s]),
                day(weeks[c].week, QCoreApplication.translate("Dates", "dd MMM yyyy"))),
            label_every=WEEK_LABEL_EVERY)
        self.throughput_legend.setText(self.throughput.legend_html())
        people = d.workload
        self.workload.set_bars(
            [p.display_name or p.name for p in people],
            [Series(self.tr("open reviews"), tuple(p.open_reviews for p in people),
                    series_colour(STATUS_HUES["Under Review"], palette)),
             Series(self.tr("approvals signed"), tuple(p.approvals_signed for p in people),
                    series_colour(STATUS_HUES["Approved"], palette))],
            tip=lambda s, c: (f"{people[c].display_name or people[c].name}: "
                              + (self.tr("{0} open review(s)").format(number(people[c].open_reviews)) if s == 0 else
                                 self.tr("{0} approval(s) signed in the period").format(
                                     number(people[c].approvals_signed)))))
        self.workload_legend.setText(self.workload.legend_html())
        findings = d.findings
        self.findings.set_bars(
            [f.code for f in findings],
            [Series(self.tr("open findings"), tuple(f.findings for f in findings),
                    series_colour(FINDING_HUE, palette))],
            tip=lambda _s, c: self.tr("{0} open {1} finding(s)").format(number(findings[c].findings),
                                                                      findings[c].code))
        for chart, empty, rows in ((self.workload, self.workload_empty, len(people)),
                                   (self.findings, self.findings_empty, len(findings))):
            chart.setVisible(rows > 0)
            empty.setVisible(rows == 0)
            chart.setFixedHeight(48 + ROW_HEIGHT * max(rows, 1))

    def _cycle_text(self, d: Dashboard) -> str:
        c: Spread = d.cycle_time
        if not c.count:
            return self.tr("No article was first approved in the period.")
        rows = [(self.tr("Waiting or with the author (Submitted)"), d.state_spread("Submitted")),
                (self.tr("Under review"), d.state_spread("Under Review")), (self.tr("Submission to approval"), c)]
        cells = "".join(
            f"<tr><td>{label}</td><td align='right'>&nbsp;&nbsp;{_days(s.median)}</td>"
            f"<td align='right'>&nbsp;&nbsp;{_days(s.mean)}</td></tr>" for label, s in rows)
        return (self.tr("<span style='font-size:x-large'><b>{median}</b></span> median, <b>{p90}</b> for 90% "
                        "of the <a href='{link}'>{count} article(s) first approved</a> in the period").format(
                    median=_days(c.median), p90=_days(c.p90), link=FIRST_APPROVED, count=number(c.count))
                + "<table style='margin-top:8px'><tr><th></th><th align='right'>"
                + self.tr("median") + "</th><th align='right'>" + self.tr("mean") + f"</th></tr>{cells}</table>")

    # ----------------------------------------------------------------- colours
    def apply_palette(self) -> None:
        """Tiles in their status's badge colour; the charts re-colour themselves."""
        palette = self.palette()
        for key, tile in self.tiles.items():
            if key in ALARMS:
                background = blend(palette.color(QPalette.ColorRole.Base), OVERDUE_HUE,
                                   0.45 if is_dark(palette) else 0.22)
            else:
                background = status_badge(key, palette)[0]
            tile_palette = QPalette(palette)
            tile_palette.setColor(QPalette.ColorRole.Button, background)
            tile_palette.setColor(QPalette.ColorRole.ButtonText, palette.color(QPalette.ColorRole.Text))
            tile.setPalette(tile_palette)
        self.as_of.setStyleSheet(f"color: {muted_text(palette).name()}")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_palette()
            self.palette_changed.emit()  # the controller shows the figures again, bars in the new colours
