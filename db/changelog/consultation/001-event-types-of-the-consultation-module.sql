--liquibase formatted sql

--changeset pilotbridge:consultation-001-event-types-of-the-consultation-module
--comment: The consultation events left the catalogue's package for the consultation module's (DD029). Publications not yet completed name the event class they hold, so they name the new one to be resubmitted; completed ones in the archive keep the name they were completed under. The module's tables were created by catalogue-001-consultation and stay as they are.
UPDATE event_publication
SET event_type = 'org.pilotbridge.consultation.' || substring(event_type FROM length('org.pilotbridge.catalogue.') + 1)
WHERE event_type IN ('org.pilotbridge.catalogue.ConsultationPublished',
                     'org.pilotbridge.catalogue.ConsultationAnswered',
                     'org.pilotbridge.catalogue.ConsultationTurnedIntoChallenge');
--rollback UPDATE event_publication SET event_type = 'org.pilotbridge.catalogue.' || substring(event_type FROM length('org.pilotbridge.consultation.') + 1) WHERE event_type IN ('org.pilotbridge.consultation.ConsultationPublished', 'org.pilotbridge.consultation.ConsultationAnswered', 'org.pilotbridge.consultation.ConsultationTurnedIntoChallenge');
