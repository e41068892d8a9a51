var stats = {
    type: "GROUP",
name: "All Requests",
path: "",
pathFormatted: "group_missing-name--1146707516",
stats: {
    "name": "All Requests",
    "numberOfRequests": {
        "total": "17915",
        "ok": "17915",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "2",
        "ok": "2",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "10172",
        "ok": "10172",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2566",
        "ok": "2566",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1341",
        "ok": "1341",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2354",
        "ok": "2355",
        "ko": "-"
    },
    "percentiles2": {
        "total": "3213",
        "ok": "3213",
        "ko": "-"
    },
    "percentiles3": {
        "total": "4853",
        "ok": "4853",
        "ko": "-"
    },
    "percentiles4": {
        "total": "7323",
        "ok": "7323",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1249,
    "percentage": 6.971811331286632
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 669,
    "percentage": 3.7343008651967624
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 15997,
    "percentage": 89.2938878035166
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "135.72",
        "ok": "135.72",
        "ko": "-"
    }
},
contents: {
"group_push-3452698": {
          type: "GROUP",
name: "push",
path: "push",
pathFormatted: "group_push-3452698",
stats: {
    "name": "push",
    "numberOfRequests": {
        "total": "464",
        "ok": "464",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "322",
        "ok": "322",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "28390",
        "ok": "28390",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "15781",
        "ok": "15781",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "6252",
        "ok": "6252",
        "ko": "-"
    },
    "percentiles1": {
        "total": "17126",
        "ok": "17126",
        "ko": "-"
    },
    "percentiles2": {
        "total": "20323",
        "ok": "20323",
        "ko": "-"
    },
    "percentiles3": {
        "total": "25072",
        "ok": "25072",
        "ko": "-"
    },
    "percentiles4": {
        "total": "27770",
        "ok": "27770",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 4,
    "percentage": 0.8620689655172413
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 4,
    "percentage": 0.8620689655172413
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 456,
    "percentage": 98.27586206896551
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.52",
        "ok": "3.52",
        "ko": "-"
    }
},
contents: {
"req_push--container--69030719": {
        type: "REQUEST",
        name: "push: container",
path: "push / push: container",
pathFormatted: "req_push---push--co--958444726",
stats: {
    "name": "push: container",
    "numberOfRequests": {
        "total": "464",
        "ok": "464",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "161",
        "ok": "161",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "8834",
        "ok": "8834",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "3197",
        "ok": "3197",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1460",
        "ok": "1460",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2942",
        "ok": "2942",
        "ko": "-"
    },
    "percentiles2": {
        "total": "4027",
        "ok": "4027",
        "ko": "-"
    },
    "percentiles3": {
        "total": "5469",
        "ok": "5469",
        "ko": "-"
    },
    "percentiles4": {
        "total": "7878",
        "ok": "7878",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 24,
    "percentage": 5.172413793103448
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 14,
    "percentage": 3.0172413793103448
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 426,
    "percentage": 91.8103448275862
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.52",
        "ok": "3.52",
        "ko": "-"
    }
}
    },"req_push--image--795465317": {
        type: "REQUEST",
        name: "push: image",
path: "push / push: image",
pathFormatted: "req_push---push--im-2142336164",
stats: {
    "name": "push: image",
    "numberOfRequests": {
        "total": "455",
        "ok": "455",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "36",
        "ok": "36",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "8395",
        "ok": "8395",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2368",
        "ok": "2368",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1062",
        "ok": "1062",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2192",
        "ok": "2192",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2926",
        "ok": "2926",
        "ko": "-"
    },
    "percentiles3": {
        "total": "4173",
        "ok": "4173",
        "ko": "-"
    },
    "percentiles4": {
        "total": "5126",
        "ok": "5126",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 28,
    "percentage": 6.153846153846154
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 10,
    "percentage": 2.197802197802198
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 417,
    "percentage": 91.64835164835165
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.45",
        "ok": "3.45",
        "ko": "-"
    }
}
    },"req_push--upload-ur-1765122672": {
        type: "REQUEST",
        name: "push: upload URL",
path: "push / push: upload URL",
pathFormatted: "req_push---push--up--36907769",
stats: {
    "name": "push: upload URL",
    "numberOfRequests": {
        "total": "400",
        "ok": "400",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "106",
        "ok": "106",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "9734",
        "ok": "9734",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "3294",
        "ok": "3294",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1154",
        "ok": "1154",
        "ko": "-"
    },
    "percentiles1": {
        "total": "3113",
        "ok": "3113",
        "ko": "-"
    },
    "percentiles2": {
        "total": "4069",
        "ok": "4069",
        "ko": "-"
    },
    "percentiles3": {
        "total": "5259",
        "ok": "5259",
        "ko": "-"
    },
    "percentiles4": {
        "total": "6018",
        "ok": "6018",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 4,
    "percentage": 1.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 2,
    "percentage": 0.5
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 394,
    "percentage": 98.5
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.03",
        "ok": "3.03",
        "ko": "-"
    }
}
    },"req_push--upload-1457034689": {
        type: "REQUEST",
        name: "push: upload",
path: "push / push: upload",
pathFormatted: "req_push---push--up--1960399912",
stats: {
    "name": "push: upload",
    "numberOfRequests": {
        "total": "400",
        "ok": "400",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "726",
        "ok": "726",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "7803",
        "ok": "7803",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1949",
        "ok": "1949",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "889",
        "ok": "889",
        "ko": "-"
    },
    "percentiles1": {
        "total": "1730",
        "ok": "1730",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2369",
        "ok": "2369",
        "ko": "-"
    },
    "percentiles3": {
        "total": "3335",
        "ok": "3335",
        "ko": "-"
    },
    "percentiles4": {
        "total": "6055",
        "ok": "6055",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 5,
    "percentage": 1.25
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 52,
    "percentage": 13.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 343,
    "percentage": 85.75
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.03",
        "ok": "3.03",
        "ko": "-"
    }
}
    },"req_push--complete--2112435975": {
        type: "REQUEST",
        name: "push: complete",
path: "push / push: complete",
pathFormatted: "req_push---push--co--617106096",
stats: {
    "name": "push: complete",
    "numberOfRequests": {
        "total": "399",
        "ok": "399",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "495",
        "ok": "495",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "8165",
        "ok": "8165",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "3299",
        "ok": "3299",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1071",
        "ok": "1071",
        "ko": "-"
    },
    "percentiles1": {
        "total": "3047",
        "ok": "3047",
        "ko": "-"
    },
    "percentiles2": {
        "total": "3906",
        "ok": "3906",
        "ko": "-"
    },
    "percentiles3": {
        "total": "5513",
        "ok": "5513",
        "ko": "-"
    },
    "percentiles4": {
        "total": "6093",
        "ok": "6093",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1,
    "percentage": 0.2506265664160401
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 398,
    "percentage": 99.74937343358395
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.02",
        "ok": "3.02",
        "ko": "-"
    }
}
    },"req_push--tag--805285926": {
        type: "REQUEST",
        name: "push: tag",
path: "push / push: tag",
pathFormatted: "req_push---push--ta--1034630877",
stats: {
    "name": "push: tag",
    "numberOfRequests": {
        "total": "439",
        "ok": "439",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "217",
        "ok": "217",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "9505",
        "ok": "9505",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "3071",
        "ok": "3071",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1177",
        "ok": "1177",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2958",
        "ok": "2958",
        "ko": "-"
    },
    "percentiles2": {
        "total": "3672",
        "ok": "3672",
        "ko": "-"
    },
    "percentiles3": {
        "total": "5081",
        "ok": "5081",
        "ko": "-"
    },
    "percentiles4": {
        "total": "6718",
        "ok": "6718",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 15,
    "percentage": 3.416856492027335
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 8,
    "percentage": 1.8223234624145785
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 416,
    "percentage": 94.76082004555809
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.33",
        "ok": "3.33",
        "ko": "-"
    }
}
    }
}

     },"req_pull-3452485": {
        type: "REQUEST",
        name: "pull",
path: "pull",
pathFormatted: "req_pull-3452485",
stats: {
    "name": "pull",
    "numberOfRequests": {
        "total": "1689",
        "ok": "1689",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "9",
        "ok": "9",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "9714",
        "ok": "9714",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2879",
        "ok": "2879",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1400",
        "ok": "1400",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2651",
        "ok": "2651",
        "ko": "-"
    },
    "percentiles2": {
        "total": "3560",
        "ok": "3560",
        "ko": "-"
    },
    "percentiles3": {
        "total": "5372",
        "ok": "5372",
        "ko": "-"
    },
    "percentiles4": {
        "total": "8042",
        "ok": "8042",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 77,
    "percentage": 4.558910597986975
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 26,
    "percentage": 1.5393724097098875
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1586,
    "percentage": 93.90171699230314
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "12.8",
        "ok": "12.8",
        "ko": "-"
    }
}
    },"req_token-lookup--1551966847": {
        type: "REQUEST",
        name: "token lookup",
path: "token lookup",
pathFormatted: "req_token-lookup--1551966847",
stats: {
    "name": "token lookup",
    "numberOfRequests": {
        "total": "2075",
        "ok": "2075",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "30",
        "ok": "30",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "10172",
        "ok": "10172",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "3293",
        "ok": "3293",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1506",
        "ok": "1506",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2999",
        "ok": "2999",
        "ko": "-"
    },
    "percentiles2": {
        "total": "4112",
        "ok": "4112",
        "ko": "-"
    },
    "percentiles3": {
        "total": "5641",
        "ok": "5641",
        "ko": "-"
    },
    "percentiles4": {
        "total": "8393",
        "ok": "8393",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 93,
    "percentage": 4.481927710843373
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 36,
    "percentage": 1.7349397590361446
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1946,
    "percentage": 93.78313253012048
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "15.72",
        "ok": "15.72",
        "ko": "-"
    }
}
    },"req_anonymous-looku-1023686797": {
        type: "REQUEST",
        name: "anonymous lookup",
path: "anonymous lookup",
pathFormatted: "req_anonymous-looku-1023686797",
stats: {
    "name": "anonymous lookup",
    "numberOfRequests": {
        "total": "9905",
        "ok": "9905",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "7",
        "ok": "7",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "9193",
        "ok": "9193",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2498",
        "ok": "2498",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1216",
        "ok": "1216",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2239",
        "ok": "2239",
        "ko": "-"
    },
    "percentiles2": {
        "total": "3099",
        "ok": "3099",
        "ko": "-"
    },
    "percentiles3": {
        "total": "4454",
        "ok": "4454",
        "ko": "-"
    },
    "percentiles4": {
        "total": "7123",
        "ok": "7123",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 472,
    "percentage": 4.765270065623422
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 213,
    "percentage": 2.150429076224129
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 9220,
    "percentage": 93.08430085815245
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "75.04",
        "ok": "75.04",
        "ko": "-"
    }
}
    },"req_pull-redirect-1--765801016": {
        type: "REQUEST",
        name: "pull Redirect 1",
path: "pull Redirect 1",
pathFormatted: "req_pull-redirect-1--765801016",
stats: {
    "name": "pull Redirect 1",
    "numberOfRequests": {
        "total": "1689",
        "ok": "1689",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "2",
        "ok": "2",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "6841",
        "ok": "6841",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1307",
        "ok": "1307",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "868",
        "ok": "868",
        "ko": "-"
    },
    "percentiles1": {
        "total": "1211",
        "ok": "1211",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1657",
        "ok": "1657",
        "ko": "-"
    },
    "percentiles3": {
        "total": "2865",
        "ok": "2865",
        "ko": "-"
    },
    "percentiles4": {
        "total": "4232",
        "ok": "4232",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 530,
    "percentage": 31.379514505624627
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 308,
    "percentage": 18.2356423919479
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 851,
    "percentage": 50.38484310242747
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "12.8",
        "ok": "12.8",
        "ko": "-"
    }
}
    }
}

}

function fillStats(stat){
    $("#numberOfRequests").append(stat.numberOfRequests.total);
    $("#numberOfRequestsOK").append(stat.numberOfRequests.ok);
    $("#numberOfRequestsKO").append(stat.numberOfRequests.ko);

    $("#minResponseTime").append(stat.minResponseTime.total);
    $("#minResponseTimeOK").append(stat.minResponseTime.ok);
    $("#minResponseTimeKO").append(stat.minResponseTime.ko);

    $("#maxResponseTime").append(stat.maxResponseTime.total);
    $("#maxResponseTimeOK").append(stat.maxResponseTime.ok);
    $("#maxResponseTimeKO").append(stat.maxResponseTime.ko);

    $("#meanResponseTime").append(stat.meanResponseTime.total);
    $("#meanResponseTimeOK").append(stat.meanResponseTime.ok);
    $("#meanResponseTimeKO").append(stat.meanResponseTime.ko);

    $("#standardDeviation").append(stat.standardDeviation.total);
    $("#standardDeviationOK").append(stat.standardDeviation.ok);
    $("#standardDeviationKO").append(stat.standardDeviation.ko);

    $("#percentiles1").append(stat.percentiles1.total);
    $("#percentiles1OK").append(stat.percentiles1.ok);
    $("#percentiles1KO").append(stat.percentiles1.ko);

    $("#percentiles2").append(stat.percentiles2.total);
    $("#percentiles2OK").append(stat.percentiles2.ok);
    $("#percentiles2KO").append(stat.percentiles2.ko);

    $("#percentiles3").append(stat.percentiles3.total);
    $("#percentiles3OK").append(stat.percentiles3.ok);
    $("#percentiles3KO").append(stat.percentiles3.ko);

    $("#percentiles4").append(stat.percentiles4.total);
    $("#percentiles4OK").append(stat.percentiles4.ok);
    $("#percentiles4KO").append(stat.percentiles4.ko);

    $("#meanNumberOfRequestsPerSecond").append(stat.meanNumberOfRequestsPerSecond.total);
    $("#meanNumberOfRequestsPerSecondOK").append(stat.meanNumberOfRequestsPerSecond.ok);
    $("#meanNumberOfRequestsPerSecondKO").append(stat.meanNumberOfRequestsPerSecond.ko);
}
