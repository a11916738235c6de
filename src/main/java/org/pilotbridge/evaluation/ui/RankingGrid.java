package org.pilotbridge.evaluation.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;

import org.pilotbridge.evaluation.EvaluationViews.RankingLine;

/**
 * The ranking as a table: rank, company (flagged when unverified), price and total; for
 * the panel also whether a proposal may be awarded and which tie rule ordered it.
 */
final class RankingGrid extends Grid<RankingLine> {

	RankingGrid(List<RankingLine> lines, boolean forThePanel) {
		setAllRowsVisible(true);
		setAriaLabel(getTranslation("evaluation.report.ranking"));
		addColumn(line -> line.ranked().rank()).setHeader(getTranslation("evaluation.report.rank"));
		addComponentColumn(
				line -> UnverifiedFlag.company(line.bidder().companyName(), line.bidder().unverifiedCompany(), this))
			.setHeader(getTranslation("evaluation.report.company"));
		addColumn(line -> line.bidder().price() == null ? "" : line.bidder().price().format(getLocale()))
			.setHeader(getTranslation("evaluation.report.price"));
		addColumn(line -> line.ranked().total().toPlainString()).setHeader(getTranslation("evaluation.report.total"));
		if (forThePanel) {
			addColumn(line -> getTranslation(
					line.ranked().awardable() ? "evaluation.report.yes" : "evaluation.report.no"))
				.setHeader(getTranslation("evaluation.report.awardable"));
			addColumn(line -> getTranslation(line.ranked().tieBreak().messageKey()))
				.setHeader(getTranslation("evaluation.report.tie"));
		}
		setItems(lines);
	}

}
