package org.pilotbridge.consultation.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * The questions of a consultation with a company's answers, as a definition list; an
 * unanswered question shows a dash. All text is set as text.
 */
class QuestionsAndAnswers extends Div {

	QuestionsAndAnswers(List<String> questions, List<String> answers) {
		var list = new Element("dl");
		list.getClassList().add("qa-list");
		for (var i = 0; i < questions.size(); i++) {
			var term = new Element("dt");
			term.setText(questions.get(i));
			var answer = new Element("dd");
			var text = i < answers.size() ? answers.get(i) : "";
			answer.setText(text.isBlank() ? "—" : text);
			list.appendChild(term, answer);
		}
		getElement().appendChild(list);
	}

}
