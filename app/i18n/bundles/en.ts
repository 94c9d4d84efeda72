import account from "../../../locales/en/account.json";
import auth from "../../../locales/en/auth.json";
import common from "../../../locales/en/common.json";
import courses from "../../../locales/en/courses.json";
import mentoring from "../../../locales/en/mentoring.json";
import mail from "../../../locales/en/mail.json";
import partners from "../../../locales/en/partners.json";
import team from "../../../locales/en/team.json";
import trainer from "../../../locales/en/trainer.json";
import portfolio from "../../../locales/en/portfolio.json";
import outcomes from "../../../locales/en/outcomes.json";
import funders from "../../../locales/en/funders.json";
import work from "../../../locales/en/work.json";

// Every string of one language, for the server (the browser loads namespaces one by one: client.ts).
export default { common, auth, courses, trainer, team, mentoring, partners, mail, account, portfolio, outcomes, funders, work };
